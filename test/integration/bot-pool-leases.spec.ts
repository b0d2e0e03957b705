import { DataSource } from 'typeorm';
import { Database } from '../../src/infra/db/database';
import { dataSourceOptions } from '../../src/infra/db/data-source-options';
import { BotAccountEntity, LearnerEntity, OutboxMessageEntity } from '../../src/infra/db/entities';
import { SqlBotLeaseRepository } from '../../src/infra/db/repositories/bot-lease.sql-repository';
import { SqlOutboxRepository } from '../../src/infra/db/repositories/outbox.sql-repository';
import { NewOutboxMessage } from '../../src/modules/delivery/outbox.repository';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const NOW = new Date('2026-03-02T01:00:00.000Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const ROUNDS = 20;

const message = (learnerId: number, key: string): NewOutboxMessage => ({
  learnerId,
  botAccountId: null,
  dedupeKey: key,
  kind: 'prompt',
  body: key,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: NOW,
  lockedUntil: null,
  lastError: null,
  createdAt: NOW,
  sentAt: null,
});

/** Two instances: each its own connection pool on one database. */
describe(`bot account leases and send pace on two connection pools (${testEngine()})`, () => {
  let first: DataSource;
  let second: DataSource;
  let db: TestDatabase;
  let leases: [SqlBotLeaseRepository, SqlBotLeaseRepository];
  let outboxes: [SqlOutboxRepository, SqlOutboxRepository];
  let accountA: number;
  let databases: [Database, Database];
  let accountB: number;

  beforeEach(async () => {
    ({ dataSource: first, db } = await createMigratedDataSource());
    second = await new DataSource(dataSourceOptions(db.target)).initialize();
    databases = [new Database(first), new Database(second)];
    leases = [new SqlBotLeaseRepository(databases[0]), new SqlBotLeaseRepository(databases[1])];
    outboxes = [new SqlOutboxRepository(databases[0]), new SqlOutboxRepository(databases[1])];
    const accounts = first.getRepository(BotAccountEntity);
    const account = (name: string, enabled = true) =>
      accounts.save({
        name,
        puppet: 'wechaty-puppet-mock',
        token: null,
        endpoint: null,
        tls: null,
        sendRatePerMinute: 20,
        enabled,
        createdAt: NOW,
        updatedAt: NOW,
      });
    accountA = (await account('A')).id;
    accountB = (await account('B')).id;
    await account('off', false);
  });
  afterEach(async () => {
    await second.destroy();
    await closeTestDataSource(first, db);
  });

  it('two instances racing for an account: exactly one holds it each time', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const now = at(round * 100);
      const results = await Promise.all([
        leases[0].hold(accountA, `one-${round}`, now, at(round * 100 + 60)),
        leases[1].hold(accountA, `two-${round}`, now, at(round * 100 + 60)),
        leases[0].hold(null, `one-${round}`, now, at(round * 100 + 60)),
        leases[1].hold(null, `two-${round}`, now, at(round * 100 + 60)),
      ]);
      expect([results[0] !== results[1], results[2] !== results[3]]).toEqual([true, true]);
    }
  });

  it('a live lease is renewed by its holder only; a lapsed or released one is anyone’s', async () => {
    for (const key of [accountA, null]) {
      expect(await leases[0].hold(key, 'one', NOW, at(60))).toBe(true);
      expect(await leases[1].hold(key, 'two', at(59), at(119))).toBe(false);
      expect(await leases[0].hold(key, 'one', at(20), at(80))).toBe(true);
      expect(await leases[1].hold(key, 'two', at(79), at(139))).toBe(false);
      expect(await leases[1].hold(key, 'two', at(80), at(140))).toBe(true);
      expect(await leases[0].hold(key, 'one', at(81), at(141))).toBe(false);
      await leases[0].release(key, 'one', at(82));
      expect(await leases[0].hold(key, 'one', at(82), at(142))).toBe(false);
      await leases[1].release(key, 'two', at(82));
      expect(await leases[0].hold(key, 'one', at(82), at(142))).toBe(true);
    }
    const off = (await leases[0].storedAccounts()).find((a) => a.name === 'off')!;
    expect(await leases[0].hold(off.id, 'one', NOW, at(60))).toBe(false);
  });

  it('only the holder writes the state, which every instance reads', async () => {
    const status = {
      state: 'waiting-for-scan' as const,
      reason: null,
      qrUrl: 'https://wechaty.js.org/qrcode/x',
      wechatId: null,
      wechatName: null,
    };
    await leases[0].hold(accountA, 'one', NOW, at(60));
    await leases[0].hold(null, 'one', NOW, at(60));
    await leases[1].recordStatus(accountA, 'two', { ...status, state: 'error' }, NOW);
    await leases[1].recordStatus(null, 'two', { ...status, state: 'error' }, NOW);
    await leases[0].recordStatus(accountA, 'one', status, NOW);
    await leases[0].recordStatus(null, 'one', status, NOW);
    const stored = (await leases[1].storedAccounts()).find((a) => a.id === accountA);
    expect(stored).toMatchObject({
      leaseHolder: 'one',
      state: 'waiting-for-scan',
      qrUrl: status.qrUrl,
    });
    expect(await leases[1].defaultAccount()).toMatchObject({
      leaseHolder: 'one',
      leaseUntil: at(60),
      state: 'waiting-for-scan',
      qrUrl: status.qrUrl,
    });
  });

  it('outbox rows carry the learner’s account, and a claim for some accounts takes only theirs', async () => {
    const learners = first.getRepository(LearnerEntity);
    const base = { createdAt: NOW, updatedAt: NOW };
    const [a, b, none] = await Promise.all([
      learners.save({ externalId: 'a', botAccountId: accountA, ...base }),
      learners.save({ externalId: 'b', botAccountId: accountB, ...base }),
      learners.save({ externalId: 'n', botAccountId: null, ...base }),
    ]);
    await databases[0].transaction(() =>
      outboxes[0].insert([message(a.id, 'a1'), message(b.id, 'b1'), message(none.id, 'n1')]),
    );
    const rows = await first.getRepository(OutboxMessageEntity).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => r.botAccountId)).toEqual([accountA, accountB, null]);
    const keys = async (accounts: Array<number | null>) =>
      (await outboxes[1].claimDue(NOW, at(30), 10, accounts)).map((r) => r.dedupeKey);
    expect(await keys([accountB])).toEqual(['b1']);
    expect(await keys([null])).toEqual(['n1']);
    expect(await keys([accountB, null])).toEqual([]);
    expect(await keys([accountA])).toEqual(['a1']);
  });

  it('two instances claiming for one account send at most one message per gap between them', async () => {
    const learners = first.getRepository(LearnerEntity);
    for (let i = 0; i < 6; i += 1) {
      const learner = await learners.save({
        externalId: `p${i}`,
        botAccountId: accountA,
        createdAt: NOW,
        updatedAt: NOW,
      });
      await databases[0].transaction(() => outboxes[0].insert([message(learner.id, `p${i}`)]));
    }
    const claims: Array<{ at: number; id: number }> = [];
    // Both claim every half second for ten seconds; each claim moves the account 3.1 s on.
    for (let ms = 0; ms <= 10_000; ms += 500) {
      const now = new Date(NOW.getTime() + ms);
      const results = await Promise.all(
        outboxes.map((o) =>
          o.claimPaced({
            accountId: accountA,
            now,
            claimUntil: at(ms / 1000 + 30),
            nextSendAt: new Date(now.getTime() + 3100),
          }),
        ),
      );
      for (const r of results) if (r.claimed) claims.push({ at: ms, id: r.claimed.id });
      expect(results.filter((r) => r.claimed).length).toBeLessThanOrEqual(1);
    }
    expect(claims.map((c) => c.at)).toEqual([0, 3500, 7000]);
    expect(new Set(claims.map((c) => c.id)).size).toBe(3);
    const stored = await first.getRepository(BotAccountEntity).findOneByOrFail({ id: accountA });
    expect(stored.nextSendAt).toEqual(at(10.1));
    // A send that ended late moves the next one on; an earlier time moves nothing back.
    await outboxes[1].paceFrom(accountA, at(12.5));
    await outboxes[0].paceFrom(accountA, at(11));
    const pushed = await first.getRepository(BotAccountEntity).findOneByOrFail({ id: accountA });
    expect(pushed.nextSendAt).toEqual(at(12.5));
  });

  it('a claim held up to the account lease is free again the moment that lease lapses', async () => {
    const learner = await first
      .getRepository(LearnerEntity)
      .save({ externalId: 'x', botAccountId: null, createdAt: NOW, updatedAt: NOW });
    await databases[0].transaction(() => outboxes[0].insert([message(learner.id, 'x1')]));
    const claim = { accountId: null, now: NOW, claimUntil: at(45), nextSendAt: at(3) };
    expect((await outboxes[0].claimPaced(claim)).claimed).toMatchObject({ lockedUntil: at(45) });
    const later = (seconds: number) =>
      outboxes[1].claimPaced({
        ...claim,
        now: at(seconds),
        claimUntil: at(seconds + 60),
        nextSendAt: at(seconds + 3),
      });
    expect((await later(44)).claimed).toBeNull();
    expect((await later(45.001)).claimed).toMatchObject({ dedupeKey: 'x1', attempts: 2 });
    await outboxes[0].paceFrom(null, at(50));
    await outboxes[1].paceFrom(null, at(49));
    const [{ value }] = await first.query(
      "SELECT value FROM app_settings WHERE name = 'bot-default-next-send-at'",
    );
    expect(new Date(value)).toEqual(at(50));
  });
});
