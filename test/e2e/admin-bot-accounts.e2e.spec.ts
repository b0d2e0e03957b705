import request from 'supertest';
import { DataSource } from 'typeorm';
import { BotAccountEntity, LearnerEntity, OutboxMessageEntity } from '../../src/infra/db/entities';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const TOKEN = 'puppet_workpro_5e1f0c2a-9d7b-4c11-8a3e-token';

describe(`bot accounts API (${testEngine()})`, () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const as = (role: 'admin' | 'hr' | 'trainer') => ({ Authorization: `Bearer ${t.keys[role]}` });
  const db = () => t.app.get(DataSource);
  let seq = 0;
  const create = (body: Record<string, unknown> = {}) =>
    http()
      .post('/api/v1/bot-accounts')
      .set(as('admin'))
      .send({ name: `账号 ${++seq}`, puppet: 'wechaty-puppet-service', ...body });

  beforeAll(async () => {
    t = await createTestApp({ SEND_RATE_PER_MINUTE: '12' });
    t.clock.set('2026-03-02T02:00:00Z');
  });
  afterAll(() => t.close());

  it('adds an account with the configured rate, logged out until an instance runs it', async () => {
    const response = await create({ token: TOKEN, endpoint: '10.0.0.5:8788' }).expect(201);
    expect(response.body).toMatchObject({
      puppet: 'wechaty-puppet-service',
      hasToken: true,
      endpoint: '10.0.0.5:8788',
      sendRatePerMinute: 12,
      enabled: true,
      state: 'logged-out',
      instance: null,
      qrUrl: null,
      learnersPinned: 0,
      queued: 0,
      sentToday: 0,
      drainsAt: null,
    });
    expect(response.body).not.toHaveProperty('token');
  });

  it('lets HR read accounts but only an admin change them', async () => {
    const { body } = await create().expect(201);
    await http().get('/api/v1/bot-accounts').set(as('hr')).expect(200);
    await http().get(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(200);
    await http().get('/api/v1/bot-accounts').set(as('trainer')).expect(403);
    await http()
      .post('/api/v1/bot-accounts')
      .set(as('hr'))
      .send({ name: 'x', puppet: 'p' })
      .expect(403);
    await http()
      .patch(`/api/v1/bot-accounts/${body.id}`)
      .set(as('hr'))
      .send({ enabled: false })
      .expect(403);
    await http().delete(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(403);
  });

  it('names every bad field, and refuses a name already taken', async () => {
    const bad = await http()
      .post('/api/v1/bot-accounts')
      .set(as('admin'))
      .send({ name: '', puppet: 'Not A Package', sendRatePerMinute: 0, tls: { disable: 'yes' } })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'name',
      'puppet',
      'sendRatePerMinute',
      'tls.disable',
    ]);
    const { body } = await create().expect(201);
    const taken = await create({ name: body.name }).expect(409);
    expect(taken.body.details).toEqual([
      { field: 'name', message: 'is taken by another bot account' },
    ]);
    const patch = await http()
      .patch(`/api/v1/bot-accounts/${body.id}`)
      .set(as('admin'))
      .send({ name: null, enabled: null })
      .expect(400);
    expect([...new Set(patch.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([
      'enabled',
      'name',
    ]);
  });

  it('shows the instance running an account and its QR link only while its lease is live', async () => {
    const { body } = await create().expect(201);
    await db()
      .getRepository(BotAccountEntity)
      .update(body.id, {
        leaseHolder: 'instance-a',
        leaseUntil: new Date('2026-03-02T02:01:00Z'),
        state: 'waiting-for-scan',
        qrUrl: 'https://login.weixin.qq.com/l/abc',
      });
    const running = await http().get(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(200);
    expect(running.body).toMatchObject({
      instance: 'instance-a',
      state: 'waiting-for-scan',
      qrUrl: 'https://login.weixin.qq.com/l/abc',
    });
    t.clock.set('2026-03-02T02:02:00Z');
    const lapsed = await http().get(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(200);
    expect(lapsed.body).toMatchObject({ instance: null, state: 'logged-out', qrUrl: null });
    t.clock.set('2026-03-02T02:00:00Z');
  });

  it('counts learners pinned, messages queued and sent today, and when the queue drains', async () => {
    const { body } = await create({ sendRatePerMinute: 20 }).expect(201);
    const at = new Date('2026-03-02T01:00:00Z');
    const learners = db().getRepository(LearnerEntity);
    await learners.insert(
      [1, 2, 3].map((i) => ({
        externalId: `bot-${body.id}-${i}`,
        botAccountId: body.id,
        createdAt: at,
        updatedAt: at,
      })),
    );
    const [learner] = await learners.findBy({ botAccountId: body.id });
    const message = (
      i: number,
      status: 'pending' | 'sending' | 'sent',
      sentAt: Date | null = null,
    ) => ({
      learnerId: learner.id,
      botAccountId: body.id,
      dedupeKey: `bot-${body.id}-${i}`,
      kind: 'prompt',
      body: 'hi',
      status,
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      sentAt,
    });
    await db()
      .getRepository(OutboxMessageEntity)
      .insert([
        ...Array.from({ length: 39 }, (_, i) => message(i, 'pending')),
        message(39, 'sending'),
        // Midnight in Asia/Shanghai is 16:00 UTC the day before.
        message(40, 'sent', new Date('2026-03-01T16:30:00Z')),
        message(41, 'sent', new Date('2026-03-01T15:30:00Z')),
      ]);
    const response = await http().get(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(200);
    expect(response.body).toMatchObject({
      learnersPinned: 3,
      queued: 40,
      sentToday: 1,
      drainsAt: '2026-03-02T02:02:00.000Z',
    });
  });

  it('refuses to delete an account learners are pinned to, and deletes it once they are gone', async () => {
    const { body } = await create().expect(201);
    const at = new Date('2026-03-02T01:00:00Z');
    const learners = db().getRepository(LearnerEntity);
    await learners.insert({
      externalId: `pinned-${body.id}`,
      botAccountId: body.id,
      createdAt: at,
      updatedAt: at,
    });
    const refused = await http()
      .delete(`/api/v1/bot-accounts/${body.id}`)
      .set(as('admin'))
      .expect(409);
    expect(refused.body.message).toMatch(/1 learner\(s\) pinned; move them/);
    await learners.update({ botAccountId: body.id }, { botAccountId: null });
    await http().delete(`/api/v1/bot-accounts/${body.id}`).set(as('admin')).expect(204);
    await http().get(`/api/v1/bot-accounts/${body.id}`).set(as('hr')).expect(404);
  });

  it('disables an account and clears its token, showing neither the old token nor a certificate', async () => {
    const { body } = await create({
      token: TOKEN,
      tls: { caCert: '-----BEGIN CERTIFICATE-----', serverName: 'wp' },
    }).expect(201);
    expect(body.tls).toEqual({ serverName: 'wp', disable: false, caCert: true });
    const response = await http()
      .patch(`/api/v1/bot-accounts/${body.id}`)
      .set(as('admin'))
      .send({ enabled: false, token: null })
      .expect(200);
    expect(response.body).toMatchObject({ enabled: false, state: 'disabled', hasToken: false });
  });

  it('never shows a token in a response or writes it to a log line', async () => {
    const written: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    t.app.useLogger(['error', 'warn', 'log', 'debug', 'verbose']);
    const spies = [capture(process.stdout), capture(process.stderr)];
    try {
      const bodies: string[] = [];
      const created = await create({ token: TOKEN });
      bodies.push(created.text);
      bodies.push((await create({ token: TOKEN, sendRatePerMinute: 'fast' })).text);
      bodies.push((await create({ token: TOKEN, name: created.body.name })).text);
      bodies.push(
        (
          await http()
            .patch(`/api/v1/bot-accounts/${created.body.id}`)
            .set(as('admin'))
            .send({ token: `${TOKEN}-2` })
        ).text,
      );
      bodies.push((await http().get('/api/v1/bot-accounts').set(as('hr'))).text);
      bodies.push(
        (await http().get(`/api/v1/bot-accounts/${created.body.id}`).set(as('admin'))).text,
      );
      expect(created.status).toBe(201);
      for (const text of [...bodies, ...written]) expect(text).not.toContain(TOKEN);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
      t.app.useLogger(['error']);
    }
  });
});
