import { Controller, Get } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AdminOnly, Public, Roles } from '../../src/modules/auth/roles.decorator';
import { createTestApp, TEST_ADMIN_KEY, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/** Routes of every access kind, so the guard is exercised for each role. */
@Controller('probe')
class ProbeController {
  @Get('public') @Public() open() {
    return { ok: true };
  }
  @Get('hr') @Roles('hr') hr() {
    return { ok: true };
  }
  @Get('trainer') @Roles('trainer') trainer() {
    return { ok: true };
  }
  @Get('staff') @Roles('hr', 'trainer') staff() {
    return { ok: true };
  }
  @Get('admin') @AdminOnly() admin() {
    return { ok: true };
  }
}

/** The secret part of `sck_<12 hex>_<secret>`; the secret itself may contain `_`. */
const secretOf = (key: string) => key.slice('sck_'.length + 12 + 1);

type Caller = 'anonymous' | 'unknown' | 'revoked' | 'env-admin' | 'admin' | 'hr' | 'trainer';
const CALLERS: Caller[] = [
  'anonymous',
  'unknown',
  'revoked',
  'env-admin',
  'admin',
  'hr',
  'trainer',
];

/** Expected status per caller, in CALLERS order. */
const MATRIX: Array<[string, string, number[]]> = [
  ['GET', '/api/v1/health', [200, 200, 200, 200, 200, 200, 200]],
  ['GET', '/api/v1/probe/public', [200, 200, 200, 200, 200, 200, 200]],
  ['GET', '/api/v1/probe/hr', [401, 401, 401, 200, 200, 200, 403]],
  ['GET', '/api/v1/probe/trainer', [401, 401, 401, 200, 200, 403, 200]],
  ['GET', '/api/v1/probe/staff', [401, 401, 401, 200, 200, 200, 200]],
  ['GET', '/api/v1/probe/admin', [401, 401, 401, 200, 200, 403, 403]],
  ['GET', '/api/v1/api-keys', [401, 401, 401, 200, 200, 403, 403]],
  ['GET', '/api/v1/api-keys/me', [401, 401, 401, 200, 200, 200, 200]],
  ['GET', '/api/v1/courses', [401, 401, 401, 200, 200, 200, 200]],
  ['GET', '/api/v1/courses/internal-negotiation', [401, 401, 401, 200, 200, 200, 200]],
  ['POST', '/api/v1/content/validate', [401, 401, 401, 200, 200, 403, 200]],
  ['POST', '/api/v1/content/sync', [401, 401, 401, 200, 200, 403, 200]],
  // Admin API: an allowed caller reaches the handler (400/404/415 for an empty body or a
  // missing id), a refused one never does. 999999 is an id no test database holds.
  ['POST', '/api/v1/cohorts', [401, 401, 401, 400, 400, 400, 403]],
  ['GET', '/api/v1/cohorts', [401, 401, 401, 200, 200, 200, 200]],
  ['GET', '/api/v1/cohorts/999999', [401, 401, 401, 404, 404, 404, 404]],
  ['PATCH', '/api/v1/cohorts/999999', [401, 401, 401, 404, 404, 404, 403]],
  ['POST', '/api/v1/cohorts/999999/learners', [401, 401, 401, 415, 415, 415, 403]],
  ['GET', '/api/v1/cohorts/999999/learners', [401, 401, 401, 404, 404, 404, 403]],
  ['GET', '/api/v1/learners/999999', [401, 401, 401, 404, 404, 404, 403]],
  ['PATCH', '/api/v1/learners/999999', [401, 401, 401, 404, 404, 404, 403]],
  ['DELETE', '/api/v1/learners/999999', [401, 401, 401, 404, 404, 404, 403]],
  ['POST', '/api/v1/learners/999999/code', [401, 401, 401, 404, 404, 404, 403]],
  ['GET', '/api/v1/deliveries', [401, 401, 401, 200, 200, 200, 403]],
  ['POST', '/api/v1/deliveries/999999/retry', [401, 401, 401, 404, 404, 404, 403]],
  ['POST', '/api/v1/cohorts/999999/deliver-now', [401, 401, 401, 404, 404, 404, 403]],
  ['POST', '/api/v1/learners/999999/deliver-now', [401, 401, 401, 404, 404, 404, 403]],
  ['GET', '/api/v1/cohorts/999999/progress', [401, 401, 401, 404, 404, 404, 404]],
  ['GET', '/api/v1/cohorts/999999/progress.csv', [401, 401, 401, 404, 404, 404, 404]],
  ['GET', '/api/v1/learners/999999/progress', [401, 401, 401, 404, 404, 404, 404]],
  ['GET', '/api/v1/cohorts/999999/questions', [401, 401, 401, 404, 404, 404, 404]],
];

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  415: 'Unsupported Media Type',
};

describe(`API keys and roles (${testEngine()})`, () => {
  let t: TestApp;
  let tokens: Record<Caller, string | undefined>;

  beforeAll(async () => {
    t = await createTestApp(
      // The matrix presents wrong keys on purpose, far more than one address may per minute.
      { AUTH_FAILURES_PER_MINUTE: '10000' },
      { controllers: [ProbeController] },
    );
    const revoked = await request(t.app.getHttpServer())
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .send({ role: 'hr', name: 'leaver' })
      .expect(201);
    await request(t.app.getHttpServer())
      .delete(`/api/v1/api-keys/${revoked.body.id}`)
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .expect(200);
    tokens = {
      anonymous: undefined,
      unknown: 'sck_0123456789ab_' + 'A'.repeat(43),
      revoked: revoked.body.key,
      'env-admin': TEST_ADMIN_KEY,
      admin: t.keys.admin,
      hr: t.keys.hr,
      trainer: t.keys.trainer,
    };
  });
  afterAll(() => t.close());

  const cases = MATRIX.flatMap(([method, path, statuses]) =>
    CALLERS.map((caller, i) => [method, path, caller, statuses[i]] as const),
  );

  it.each(cases)('%s %s as %s answers %i', async (method, path, caller, status) => {
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const call = request(t.app.getHttpServer())[verb](path);
    const token = tokens[caller];
    if (token) call.set('Authorization', `Bearer ${token}`);
    const response = await call;
    expect(response.status).toBe(status);
    if (status >= 400) {
      expect(response.body).toEqual({
        statusCode: status,
        error: REASONS[status],
        message: expect.any(String),
        details: status === 400 ? expect.any(Array) : [],
      });
    }
  });

  it('a created key is shown once and never listed with its secret', async () => {
    const server = t.app.getHttpServer();
    const created = await request(server)
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${TEST_ADMIN_KEY}`)
      .send({ role: 'trainer', name: '培训师 陈刚' })
      .expect(201);
    expect(created.body.key).toMatch(/^sck_[0-9a-f]{12}_/);
    await request(server)
      .get('/api/v1/health')
      .set('Authorization', `Bearer ${created.body.key}`)
      .expect(200);
    const list = await request(server)
      .get('/api/v1/api-keys')
      .set('Authorization', `Bearer ${t.keys.admin}`);
    expect(JSON.stringify(list.body)).not.toContain(secretOf(created.body.key));
    expect(list.body.find((k: { id: number }) => k.id === created.body.id)).toMatchObject({
      name: '培训师 陈刚',
      role: 'trainer',
    });
  });

  it('tells a key who it is, so a client shows only what the key may do', async () => {
    const server = t.app.getHttpServer();
    const created = await request(server)
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${TEST_ADMIN_KEY}`)
      .send({ role: 'hr', name: 'HR 上海' })
      .expect(201);
    const me = await request(server)
      .get('/api/v1/api-keys/me')
      .set('Authorization', `Bearer ${created.body.key}`)
      .expect(200);
    expect(me.body).toEqual({ role: 'hr', name: 'HR 上海', cohortIds: null });
    const admin = await request(server)
      .get('/api/v1/api-keys/me')
      .set('Authorization', `Bearer ${TEST_ADMIN_KEY}`)
      .expect(200);
    expect(admin.body).toMatchObject({ role: 'admin', cohortIds: null });
    const cohort = await request(server)
      .post('/api/v1/cohorts')
      .set('Authorization', `Bearer ${TEST_ADMIN_KEY}`)
      .send({ name: '北京', courseId: 'internal-negotiation' })
      .expect(201);
    const scoped = await request(server)
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${TEST_ADMIN_KEY}`)
      .send({ role: 'hr', name: 'HR 北京', cohortIds: [cohort.body.id] })
      .expect(201);
    const limited = await request(server)
      .get('/api/v1/api-keys/me')
      .set('Authorization', `Bearer ${scoped.body.key}`)
      .expect(200);
    expect(limited.body).toEqual({ role: 'hr', name: 'HR 北京', cohortIds: [cohort.body.id] });
  });

  it('the secret is stored only as a hash', async () => {
    const rows = await t.app.get(DataSource).query('SELECT * FROM api_keys');
    const secret = secretOf(t.keys.hr);
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(rows.every((r: { secret_hash: string }) => /^[0-9a-f]{64}$/.test(r.secret_hash))).toBe(
      true,
    );
  });

  it('a key with a wrong secret but a real key id is refused', async () => {
    const [, keyId] = t.keys.hr.split('_');
    const forged = `sck_${keyId}_${'B'.repeat(43)}`;
    await request(t.app.getHttpServer())
      .get('/api/v1/probe/hr')
      .set('Authorization', `Bearer ${forged}`)
      .expect(401);
  });

  it('names every invalid field of a body', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .send({ role: 'boss', name: '', extra: 1 })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'extra',
      'name',
      'role',
    ]);
  });
});

describe(`wrong API keys from one address (${testEngine()})`, () => {
  let t: TestApp;
  const WRONG = 'sck_0123456789ab_' + 'A'.repeat(43);
  const from = (address: string, key: string) =>
    request(t.app.getHttpServer())
      .get('/api/v1/cohorts')
      .set('X-Forwarded-For', address)
      .set('Authorization', `Bearer ${key}`);
  const statuses = async (address: string, key: string, times: number) => {
    const seen = new Set<number>();
    for (let i = 0; i < times; i++) seen.add((await from(address, key)).status);
    return [...seen];
  };

  beforeAll(async () => {
    t = await createTestApp({ AUTH_FAILURES_PER_MINUTE: '20' });
    t.clock.set('2026-03-01T08:00:00Z');
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has presented 20 wrong keys in a minute', async () => {
    expect(await statuses('203.0.113.7', WRONG, 20)).toEqual([401]);
    t.clock.set('2026-03-01T08:00:15Z');
    const refused = await from('203.0.113.7', WRONG);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('45');
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect((await from('203.0.113.7', t.keys.hr)).status).toBe(429);
    expect(await statuses('198.51.100.2', t.keys.hr, 3)).toEqual([200]);
    t.clock.set('2026-03-01T08:01:00Z');
    expect((await from('203.0.113.7', t.keys.hr)).status).toBe(200);
  });

  it('counts requests without a key too, but never the open health route', async () => {
    const bare = (path: string) =>
      request(t.app.getHttpServer()).get(path).set('X-Forwarded-For', '192.0.2.77');
    for (let i = 0; i < 30; i++) await bare('/api/v1/health');
    for (let i = 0; i < 20; i++) expect((await bare('/api/v1/cohorts')).status).toBe(401);
    expect((await bare('/api/v1/cohorts')).status).toBe(429);
  });

  it('never counts a request with a working key', async () => {
    expect(await statuses('192.0.2.9', t.keys.hr, 40)).toEqual([200]);
    expect(await statuses('192.0.2.9', WRONG, 20)).toEqual([401]);
  });
});
