import { Controller, Get } from '@nestjs/common';
import request from 'supertest';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import { Roles } from '../../src/modules/auth/roles.decorator';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

let releaseSlow: () => void = () => undefined;

@Controller('probe')
class SlowController {
  @Get('slow') @Roles('hr') async slow() {
    await new Promise<void>((resolve) => (releaseSlow = resolve));
    return { finished: true };
  }
}

describe(`HTTP basics (${testEngine()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_RATE_LIMIT_PER_MINUTE: '5' }, { controllers: [SlowController] });
  });
  afterAll(() => t.close());

  it('health says ok per part to anyone, and the details to a caller with a key', async () => {
    const anyone = await request(t.app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(anyone.body).toEqual({
      status: 'ok',
      details: { database: { status: 'ok' }, bot: { status: 'ok' }, inbox: { status: 'ok' } },
    });
    const trainer = await request(t.app.getHttpServer())
      .get('/api/v1/health')
      .set('Authorization', `Bearer ${t.keys.trainer}`)
      .expect(200);
    expect(trainer.body.details).toEqual({
      database: { status: 'ok' },
      bot: { status: 'ok', state: 'disabled' },
      inbox: { status: 'ok', waiting: 0 },
    });
    const badKey = await request(t.app.getHttpServer())
      .get('/api/v1/health')
      .set('Authorization', 'Bearer sck_000000000000_not-a-real-secret')
      .expect(200);
    expect(badKey.body).toEqual(anyone.body);
  });

  it('serves the OpenAPI document and the browsable docs', async () => {
    const json = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/v1/health');
    const html = await request(t.app.getHttpServer()).get('/api/docs').expect(200);
    expect(html.text).toContain('swagger');
  });

  it('answers a body over 1 MB with 413 in the error shape', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ role: 'hr', name: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
      details: [],
    });
  });

  it('answers broken JSON with 400, not 500', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .set('Content-Type', 'application/json')
      .send('{"role": ')
      .expect(400);
    expect(response.body.statusCode).toBe(400);
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/api/v1/nothing-here')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('answers a non-numeric id with 400, not 500', async () => {
    await request(t.app.getHttpServer())
      .delete('/api/v1/api-keys/abc')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .expect(400);
    await request(t.app.getHttpServer())
      .delete('/api/v1/api-keys/999999')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .expect(404);
  });

  it('rate-limits each key on its own', async () => {
    const server = t.app.getHttpServer();
    const { key } = await t.app.get(ApiKeyService).create('admin', 'busy script');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await request(server).get('/api/v1/api-keys').set('Authorization', `Bearer ${key}`))
          .status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await request(server)
      .get('/api/v1/api-keys')
      .set('Authorization', `Bearer ${key}`);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    const envAdmin = await request(server)
      .get('/api/v1/api-keys')
      .set('Authorization', 'Bearer test-admin-key-0123456789');
    expect(envAdmin.status).toBe(200);
  });
});

describe(`health without a database (${testEngine()})`, () => {
  it('answers 503 and names the database as down; the API answers 503 with Retry-After', async () => {
    const t = await createTestApp();
    await t.app.get(DataSource).destroy();
    const response = await request(t.app.getHttpServer()).get('/api/v1/health').expect(503);
    expect(response.body).toEqual({
      status: 'down',
      details: { database: { status: 'down' }, bot: { status: 'ok' }, inbox: { status: 'ok' } },
    });
    const api = await request(t.app.getHttpServer())
      .get('/api/v1/cohorts')
      .set('Authorization', `Bearer ${t.keys.hr}`)
      .expect(503);
    expect(api.headers['retry-after']).toBe('5');
    expect(api.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', details: [] });
    await t.close();
  });
});

describe(`shutdown (${testEngine()})`, () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const t = await createTestApp({}, { controllers: [SlowController] });
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const inFlight = fetch(`${base}/api/v1/probe/slow`, {
      headers: { Authorization: `Bearer ${t.keys.hr}`, Connection: 'close' },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = t.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseSlow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`${base}/api/v1/health`)).rejects.toThrow();
  });
});

describe(`bodies of a dangerous shape (${testEngine()})`, () => {
  it('refuses deep nesting and prototype keys on every route with 400, never 500', async () => {
    const t = await createTestApp();
    try {
      let deep: unknown = 'x';
      for (let i = 0; i < 5000; i++) deep = { a: deep };
      for (const body of [
        { role: 'hr', name: deep },
        JSON.parse('{"role":"hr","name":"x","__proto__":{"admin":true}}'),
      ]) {
        const response = await request(t.app.getHttpServer())
          .post('/api/v1/api-keys')
          .set('Authorization', `Bearer ${t.keys.admin}`)
          .send(body);
        expect(response.status).toBe(400);
        expect(response.body.statusCode).toBe(400);
      }
    } finally {
      await t.close();
    }
  });
});
