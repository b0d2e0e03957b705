import { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { mock } from 'wechaty-puppet-mock';
import { dataSourceOptions } from '../../src/infra/db/data-source-options';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { exited, startService, waitForHealth } from '../support/service-process';
import { createTestDatabase, testEngine, TestDatabase } from '../support/test-database';
import { freePort, MockPuppetServer } from '../support/wechat-puppet-server';

const ADMIN_KEY = 'pool-suite-admin-key-0123456789';
/** Slow enough to see the spacing (5 s at least between two messages of one account), short enough for a suite. */
const RATE = 12;
const GAP_MS = 60_000 / RATE;
/** Arrival times wobble by the gRPC hop and a loaded machine; sends are spaced by more than this. */
const ARRIVAL_SLACK_MS = 600;
const BOT_LEASE_SECONDS = 8;
const LEARNERS_PER_ACCOUNT = 3;
/** ts-node compiles the service at each start: seconds, far more on a loaded 2-core machine. */
const START_MS = 120_000;
const SETTLE_MS = 150_000;

interface Arrival {
  text: string;
  from: string;
  at: number;
}
interface BotView {
  accounts?: Array<{ id: number; name: string; state: string; instance: string | null }>;
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The most arrivals in any 60 s window, both ends included. */
const busiestMinute = (times: number[]) =>
  Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u <= t + 60_000).length));

// Two processes share one database only on a server; SQLite is a file inside one process.
const onServer = testEngine() === 'sqlite' ? describe.skip : describe;

onServer(
  `two accounts, two instances and one without WeChat on one database (${testEngine()}; needs MariaDB)`,
  () => {
    const servers: Record<'A' | 'B', MockPuppetServer> = {} as never;
    const botUsers: Record<'A' | 'B', mock.ContactMock> = {} as never;
    const children = new Map<string, ChildProcessWithoutNullStreams>();
    const bases = new Map<string, string>();
    const received = new Map<string, Arrival[]>();
    let db: TestDatabase;
    let content: ContentRoot;
    let spool: string;
    let check: DataSource;

    beforeAll(async () => {
      for (const name of ['A', 'B'] as const) {
        servers[name] = await MockPuppetServer.start({ heartbeatMs: 10_000 });
        botUsers[name] = servers[name].mocker.createContact({ name: `Coach ${name}` });
      }
      db = await createTestDatabase();
      content = new ContentRoot().write(smallCourse());
      spool = mkdtempSync(join(tmpdir(), 'spaced-coach-pool-'));
    });
    afterAll(async () => {
      for (const child of children.values()) child.kill('SIGKILL');
      if (check?.isInitialized) await check.destroy();
      for (const server of Object.values(servers)) await server?.stop();
      await db?.drop();
      content?.remove();
      rmSync(spool, { recursive: true, force: true });
    });

    async function start(instance: string, env: Record<string, string>): Promise<void> {
      const port = await freePort();
      const child = startService({
        HOME: process.env.HOME ?? tmpdir(),
        PORT: String(port),
        DATABASE_URL: db.url,
        ADMIN_API_KEY: ADMIN_KEY,
        CONTENT_DIR: content.dir,
        SPOOL_DIR: join(spool, instance),
        INSTANCE_ID: instance,
        BOT_LEASE_SECONDS: String(BOT_LEASE_SECONDS),
        LOG_LEVEL: 'error',
        ...env,
      });
      void exited(child);
      children.set(instance, child);
      bases.set(instance, `http://127.0.0.1:${port}/api/v1`);
      await waitForHealth(`${bases.get(instance)}/health`, START_MS);
    }

    const api = async <T>(instance: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${bases.get(instance)}${path}`, {
        method,
        headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as T };
    };

    /** Waits until `instance` runs the account, logged in, logging it in on its mock WeChat. */
    async function runs(instance: string, account: 'A' | 'B', asker = instance): Promise<void> {
      await until(`${instance} to run account ${account}`, START_MS, async () => {
        const { body } = await api<BotView>(asker, 'GET', '/bot');
        const view = body.accounts?.find((a) => a.name === account);
        if (view?.instance === instance && view.state === 'logged-in') return true;
        // A peer still logged in tells a client that connects anew; a fresh one needs a login.
        const { mocker } = servers[account];
        if (view?.instance === instance && !mocker.puppet.isLoggedIn)
          mocker.login(botUsers[account]);
        return false;
      });
    }

    function phone(account: 'A' | 'B', name: string): mock.ContactMock {
      const contact = servers[account].mocker.createContact({ name });
      received.set(contact.id, []);
      contact.on('message', (message) => {
        const from = message.talker().id;
        if (from !== contact.id)
          received.get(contact.id)!.push({ text: message.text() ?? '', from, at: Date.now() });
      });
      return contact;
    }

    it('spreads learners over both accounts, keeps each rate across instances, and survives a SIGKILL', async () => {
      await start('pool-off', { BOT_ENABLED: 'false' });
      const accountIds = new Map<string, number>();
      for (const name of ['A', 'B'] as const) {
        const created = await api<{ id: number }>(
          'pool-off',
          'POST',
          '/bot-accounts',
          servers[name].account(name, RATE),
        );
        expect(created.status).toBe(201);
        accountIds.set(name, created.body.id);
      }
      const cohort = await api<{ id: number }>('pool-off', 'POST', '/cohorts', {
        name: 'Pool',
        courseId: 'mini-course',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
      });
      const enrolled = await api<{
        learners: Array<{ learnerId: number; code: string; botAccount: { name: string } | null }>;
      }>(
        'pool-off',
        'POST',
        `/cohorts/${cohort.body.id}/learners`,
        Array.from({ length: 2 * LEARNERS_PER_ACCOUNT + 1 }, (_, i) => ({
          externalId: `P${i}`,
          name: `池${i}`,
        })),
      );
      const learners = enrolled.body.learners;
      const accounts = learners.map((l) => l.botAccount?.name);
      expect(accounts.filter((a) => a === 'A').length).toBeGreaterThanOrEqual(LEARNERS_PER_ACCOUNT);
      expect(accounts.filter((a) => a === 'B').length).toBeGreaterThanOrEqual(LEARNERS_PER_ACCOUNT);

      // The instance without WeChat is alone with a message due: it claims nothing.
      check = await new DataSource(dataSourceOptions(db.target)).initialize();
      const outbox = check.getRepository(OutboxMessageEntity);
      const probe = await outbox.save({
        learnerId: learners[0].learnerId,
        botAccountId: accountIds.get('A')!,
        dedupeKey: 'probe',
        kind: 'prompt',
        body: 'probe',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(Date.now() - 60_000),
        lockedUntil: null,
        lastError: null,
        createdAt: new Date(),
        sentAt: null,
      });
      expect((await api('pool-off', 'POST', `/cohorts/${cohort.body.id}/deliver-now`)).status).toBe(
        200,
      );
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await outbox.findOneByOrFail({ id: probe.id })).toMatchObject({
        status: 'pending',
        attempts: 0,
      });
      await outbox.delete({ id: probe.id });

      await start('pool-one', { BOT_ENABLED: 'true', BOT_ACCOUNTS_PER_INSTANCE: '1' });
      await runs('pool-one', 'A');
      await start('pool-two', { BOT_ENABLED: 'true', BOT_ACCOUNTS_PER_INSTANCE: '2' });
      await runs('pool-two', 'B');

      // Each learner joins through the account they were given, but the last one through B.
      const joinedThrough = learners.map((l, i) =>
        i === learners.length - 1 ? 'B' : (l.botAccount!.name as 'A' | 'B'),
      );
      const phones = learners.map((l, i) => phone(joinedThrough[i], `池${i}`));
      learners.forEach((l, i) => phones[i].say(l.code).to(botUsers[joinedThrough[i]]));
      await until('every welcome', SETTLE_MS, () =>
        phones.every((p) => received.get(p.id)!.length >= 1),
      );

      const deliver = await api('pool-off', 'POST', `/cohorts/${cohort.body.id}/deliver-now`);
      expect(deliver.status).toBe(200);
      const onA = phones.filter((_, i) => joinedThrough[i] === 'A');
      await until('a lesson through A', SETTLE_MS, () =>
        onA.some((p) => received.get(p.id)!.length >= 2),
      );
      children.get('pool-one')!.kill('SIGKILL');
      const killedAt = Date.now();

      await runs('pool-two', 'A');
      const takeoverMs = Date.now() - killedAt;
      await until('every message to be sent', SETTLE_MS, async () => {
        const rows = await outbox.find();
        return rows.length >= 2 * phones.length && rows.every((row) => row.status === 'sent');
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const rows = await outbox.find({ order: { id: 'ASC' } });
      const contactOf = new Map(learners.map((l, i) => [l.learnerId, phones[i].id]));
      const accountOfLearner = new Map(learners.map((l, i) => [l.learnerId, joinedThrough[i]]));
      // Each learner hears only from the account they joined through, every message at least once.
      for (const [i, p] of phones.entries()) {
        const froms = new Set(received.get(p.id)!.map((a) => a.from));
        expect([...froms]).toEqual([botUsers[joinedThrough[i]].id]);
      }
      const arrivals = rows.map(
        (row) =>
          received.get(contactOf.get(row.learnerId)!)!.filter((a) => a.text === row.body).length,
      );
      expect(rows.filter((_, i) => arrivals[i] === 0).map((row) => row.id)).toEqual([]);
      // At most the one message A had in flight when its instance died comes twice.
      expect(arrivals.reduce((n, times) => n + times - 1, 0)).toBeLessThanOrEqual(1);
      // Within the lease, a renewal round and a login (generous for ts-node on 2 loaded cores).
      expect(takeoverMs).toBeLessThan((BOT_LEASE_SECONDS + 40) * 1000);

      for (const account of ['A', 'B'] as const) {
        const times = phones
          .filter((_, i) => joinedThrough[i] === account)
          .flatMap((p) => received.get(p.id)!.map((a) => a.at))
          .sort((x, y) => x - y);
        const gaps = times.slice(1).map((t, i) => t - times[i]);
        expect(Math.min(...gaps)).toBeGreaterThan(GAP_MS - ARRIVAL_SLACK_MS);
        expect(busiestMinute(times)).toBeLessThanOrEqual(RATE);
      }
      expect(rows.every((row) => row.botAccountId !== null)).toBe(true);
      expect(accountOfLearner.size).toBe(learners.length);
    }, 600_000);
  },
);
