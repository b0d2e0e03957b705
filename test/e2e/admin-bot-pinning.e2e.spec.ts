import request from 'supertest';
import { DataSource } from 'typeorm';
import { BotAccountEntity, OutboxMessageEntity } from '../../src/infra/db/entities';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

interface Enrolled {
  learnerId: number;
  code: string;
  botAccount: {
    id: number;
    name: string;
    wechatId: string | null;
    qrCardUrl: string | null;
  } | null;
}

describe(`pinning learners to bot accounts (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  let a: number;
  let b: number;
  const http = () => request(t.app.getHttpServer());
  const hr = () => ({ Authorization: `Bearer ${t.keys.hr}` });
  const admin = () => ({ Authorization: `Bearer ${t.keys.admin}` });
  const enrol = (rows: Array<Record<string, unknown>>) =>
    http().post(`/api/v1/cohorts/${cohortId}/learners`).set(hr()).send(rows);
  const people = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      externalId: `${prefix}${i + 1}`,
      name: `学员${prefix}${i + 1}`,
    }));
  const accountOf = (l: Enrolled) => l.botAccount?.id ?? null;
  const addAccount = async (name: string, extra: Record<string, unknown> = {}) =>
    (
      await http()
        .post('/api/v1/bot-accounts')
        .set(admin())
        .send({ name, puppet: 'wechaty-puppet-service', ...extra })
        .expect(201)
    ).body.id as number;

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    cohortId = (
      await http()
        .post('/api/v1/cohorts')
        .set(hr())
        .send({ name: '上海销售', courseId: 'mini-course', startDate: '2026-03-02' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('keeps every learner on the default account while no account is stored', async () => {
    const { body } = await enrol(people('D', 2)).expect(200);
    expect(body.learners.map(accountOf)).toEqual([null, null]);
    const learner = await http()
      .get(`/api/v1/learners/${body.learners[0].learnerId}`)
      .set(hr())
      .expect(200);
    expect(learner.body.botAccount).toBeNull();
  });

  it('spreads new learners over the enabled accounts, fewest learners first', async () => {
    a = await addAccount('销售助手 A');
    b = await addAccount('销售助手 B', { qrCardUrl: 'https://files.example.com/b-card.png' });
    await t.app
      .get(DataSource)
      .getRepository(BotAccountEntity)
      .update(b, { wechatId: 'wxid_assistant_b' });
    await enrol(people('X', 1).map((r) => ({ ...r, botAccountId: b }))).expect(200);
    const { body } = await enrol(people('S', 5)).expect(200);
    expect(body.learners.map(accountOf)).toEqual([a, a, b, a, b]);
    expect(body.learners[2].botAccount).toEqual({
      id: b,
      name: '销售助手 B',
      wechatId: 'wxid_assistant_b',
      qrCardUrl: 'https://files.example.com/b-card.png',
    });
    const learner = await http()
      .get(`/api/v1/learners/${body.learners[2].learnerId}`)
      .set(hr())
      .expect(200);
    expect(learner.body.botAccount).toMatchObject({ id: b, wechatId: 'wxid_assistant_b' });
    const accounts = await http().get('/api/v1/bot-accounts').set(hr()).expect(200);
    expect(accounts.body.map((x: { learnersPinned: number }) => x.learnersPinned)).toEqual([3, 3]);
  });

  it('pins to the account HR names, and refuses one that is unknown or disabled, naming the row', async () => {
    const named = await enrol([{ externalId: 'N1', name: '王丽', botAccountId: a }]).expect(200);
    expect(accountOf(named.body.learners[0])).toBe(a);
    const disabled = await addAccount('停用账号', { enabled: false });
    const json = await enrol([
      { externalId: 'N2', name: '陈刚' },
      { externalId: 'N3', name: '李娜', botAccountId: 999 },
    ]).expect(400);
    expect(json.body.details).toEqual([
      { field: 'rows[1].botAccountId', message: 'is not an enabled bot account (999)' },
    ]);
    const csv = await http()
      .post(`/api/v1/cohorts/${cohortId}/learners`)
      .set(hr())
      .set('Content-Type', 'text/csv')
      .send(`externalId,name,botAccountId\r\nN4,张伟,${a}\r\nN5,刘芳,${disabled}\r\n`)
      .expect(400);
    expect(csv.body.details).toEqual([
      { field: 'row 3, botAccountId', message: `is not an enabled bot account (${disabled})` },
    ]);
    const none = await http()
      .get(`/api/v1/cohorts/${cohortId}/learners?search=N4`)
      .set(hr())
      .expect(200);
    expect(none.body.total).toBe(0);
  });

  it('keeps the account of a learner enrolled again, whatever the row names', async () => {
    const first = await enrol([{ externalId: 'K1', name: '赵敏', botAccountId: b }]).expect(200);
    const again = await enrol([{ externalId: 'K1', name: '赵敏', botAccountId: a }]).expect(200);
    expect(accountOf(again.body.learners[0])).toBe(accountOf(first.body.learners[0]));
  });

  it('names each learner’s account in the invites and invites.csv', async () => {
    const { body } = await enrol([{ externalId: 'I1', name: '孙悦', botAccountId: b }]).expect(200);
    const sheet = await http().get(`/api/v1/cohorts/${cohortId}/invites`).set(hr()).expect(200);
    const invite = sheet.body.learners.find((l: { externalId: string }) => l.externalId === 'I1');
    expect(invite.botAccount).toMatchObject({ id: b, wechatId: 'wxid_assistant_b' });
    const csv = await http().get(`/api/v1/cohorts/${cohortId}/invites.csv`).set(hr()).expect(200);
    expect(csv.text).toContain(
      `孙悦,I1,${body.learners[0].code},2026-03-15 16:00,销售助手 B,wxid_assistant_b,https://files.example.com/b-card.png\r\n`,
    );
  });

  it('moves a learner to another account with a new code, taking their waiting messages along', async () => {
    const { body } = await enrol([{ externalId: 'M1', name: '周杰', botAccountId: a }]).expect(200);
    const { learnerId, code } = body.learners[0] as Enrolled;
    expect((await t.app.get(BindingService).bind(code, 'wx-m1', 'sc-m1')).status).toBe('bound');
    const outbox = t.app.get(DataSource).getRepository(OutboxMessageEntity);
    const at = new Date('2026-03-01T08:00:00Z');
    const row = (key: string, status: 'pending' | 'sent') => ({
      learnerId,
      botAccountId: a,
      dedupeKey: key,
      kind: 'prompt',
      body: '你好',
      status,
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
    });
    await outbox.insert([row('m1-1', 'pending'), row('m1-2', 'pending'), row('m1-3', 'sent')]);

    const moved = await http()
      .post(`/api/v1/learners/${learnerId}/bot-account`)
      .set(hr())
      .send({ botAccountId: b })
      .expect(200);
    expect(moved.body).toMatchObject({ learnerId, botAccount: { id: b }, messagesMoved: 2 });
    expect(moved.body.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    const learner = await http().get(`/api/v1/learners/${learnerId}`).set(hr()).expect(200);
    expect(learner.body).toMatchObject({ bound: false, botAccount: { id: b } });
    const rows = await outbox.find({ where: { learnerId }, order: { id: 'ASC' } });
    expect(rows.map((r) => r.botAccountId)).toEqual([b, b, a]);
    const binding = t.app.get(BindingService);
    expect((await binding.bind(code, 'wx-m1-new', 'sc-m1')).status).not.toBe('bound');
    expect((await binding.bind(moved.body.code, 'wx-m1-new', 'sc-m1')).status).toBe('bound');
  });

  it('refuses a move to the same, a disabled or an unknown account, and of an unknown learner', async () => {
    const { body } = await enrol([{ externalId: 'R1', name: '吴磊', botAccountId: a }]).expect(200);
    const { learnerId } = body.learners[0] as Enrolled;
    const move = (id: number, botAccountId: unknown) =>
      http().post(`/api/v1/learners/${id}/bot-account`).set(hr()).send({ botAccountId });
    expect((await move(learnerId, a).expect(409)).body.details[0].field).toBe('botAccountId');
    await move(learnerId, 999).expect(400);
    await move(learnerId, 'b').expect(400);
    await move(999999, b).expect(404);
  });

  it('enrols no new learner while every account is disabled', async () => {
    for (const id of [a, b])
      await http()
        .patch(`/api/v1/bot-accounts/${id}`)
        .set(admin())
        .send({ enabled: false })
        .expect(200);
    const refused = await enrol(people('Z', 1)).expect(409);
    expect(refused.body.message).toMatch(/Every bot account is disabled/);
  });
});
