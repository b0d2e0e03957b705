import { log } from 'wechaty';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BotAccountEntity } from '../../src/infra/db/entities';
import { BotPool } from '../../src/modules/wechaty/bot-pool';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/** Renewals every 2 s: a change to the accounts shows within a few seconds. */
const LEASE_SECONDS = '6';

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface BotView {
  state: string;
  accounts?: Array<{ id: number; name: string; state: string; instance: string | null }>;
}

/** On SQLite there is one instance: it runs every account the pool stores. */
describe(`one instance running the pool (${testEngine()})`, () => {
  let root: ContentRoot;
  let t: TestApp;
  const before = process.env.WECHATY_PUPPET;
  const bot = () =>
    request(t.app.getHttpServer()).get('/api/v1/bot').set('Authorization', `Bearer ${t.keys.hr}`);
  const leaseHolders = async () =>
    (
      await t.app
        .get(DataSource)
        .getRepository(BotAccountEntity)
        .find({ order: { id: 'ASC' } })
    ).map((a) => a.leaseHolder);

  beforeAll(async () => {
    log.level('silent');
    process.env.WECHATY_PUPPET = 'wechaty-puppet-mock';
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp(
      {
        CONTENT_DIR: root.dir,
        BOT_ENABLED: 'true',
        BOT_LEASE_SECONDS: LEASE_SECONDS,
        INSTANCE_ID: 'solo',
      },
      { realChatChannel: true },
    );
    await t.app.get(BotPool).started();
  });
  afterAll(async () => {
    await t?.close();
    root.remove();
    if (before === undefined) delete process.env.WECHATY_PUPPET;
    else process.env.WECHATY_PUPPET = before;
  });

  it('runs the WECHATY_* account while none is stored, then only the stored ones, and gives up one switched off', async () => {
    expect((await bot().expect(200)).body.accounts).toBeUndefined();
    expect(t.app.get(BotPool).wechaty).toBeDefined();

    const ids: number[] = [];
    for (const name of ['一号', '二号']) {
      const created = await request(t.app.getHttpServer())
        .post('/api/v1/bot-accounts')
        .set('Authorization', `Bearer ${t.keys.admin}`)
        .send({ name, puppet: 'wechaty-puppet-mock' })
        .expect(201);
      ids.push(created.body.id);
    }
    // A round that read the accounts between the two creations reports the first one alone.
    await until('both accounts to run here', async () => {
      const { accounts } = (await bot()).body as BotView;
      return accounts?.length === 2 && accounts.every((a) => a.instance === 'solo');
    });
    expect(await leaseHolders()).toEqual(['solo', 'solo']);
    const { value } = await t.app
      .get(DataSource)
      .query("SELECT value FROM app_settings WHERE name = 'bot-default-account'")
      .then((rows: Array<{ value: string }>) => rows[0]);
    expect(JSON.parse(value)).toMatchObject({ leaseHolder: null, state: 'logged-out' });

    await request(t.app.getHttpServer())
      .patch(`/api/v1/bot-accounts/${ids[1]}`)
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .send({ enabled: false })
      .expect(200);
    await until(
      'the switched-off account to be given up',
      async () => (await leaseHolders()).join() === ['solo', null].join(),
    );
    // What the instance reports is read again at its next round.
    await until('the report to follow', async () => {
      const { accounts: view } = (await bot()).body as BotView;
      return view?.[1].instance === null;
    });
    const { accounts } = (await bot()).body as BotView;
    expect(accounts?.map((a) => [a.name, a.instance])).toEqual([
      ['一号', 'solo'],
      ['二号', null],
    ]);
    expect(accounts?.[1].state).toBe('disabled');
  });

  it('stops an account whose lease another instance holds now, and an instance without WeChat reports it', async () => {
    const accounts = t.app.get(DataSource).getRepository(BotAccountEntity);
    const [first] = await accounts.find({ order: { id: 'ASC' } });
    await accounts.update(
      { id: first.id },
      { leaseHolder: 'elsewhere', leaseUntil: new Date(t.clock.now().getTime() + 60_000) },
    );
    // Held here, this instance names itself; once it has stopped the account, the holder.
    await until('the account to stop here', async () => {
      const { accounts: view } = (await bot()).body as BotView;
      return view?.[0].instance === 'elsewhere';
    });
    expect(await leaseHolders()).toEqual(['elsewhere', null]);

    const withoutWechat = await createTestApp(
      { CONTENT_DIR: root.dir, BOT_LEASE_SECONDS: LEASE_SECONDS },
      { database: t.db, realChatChannel: true },
    );
    try {
      const view = await request(withoutWechat.app.getHttpServer())
        .get('/api/v1/bot')
        .set('Authorization', `Bearer ${withoutWechat.keys.hr}`)
        .expect(200);
      expect(view.body.state).toBe('disabled');
      expect(view.body.accounts.map((a: { instance: string | null }) => a.instance)).toEqual([
        'elsewhere',
        null,
      ]);
    } finally {
      await withoutWechat.close();
    }
  });
});
