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

const ADMIN_KEY = 'fault-suite-admin-key-0123456789';
const LEARNERS = 8;
/** About one message every 500 ms: slow enough that most lessons still wait when the kill comes. */
const SEND_RATE = '120';
/** The shortest lease allowed: a message held by the killed process is sent again soon after. */
const LEASE_SECONDS = 8;
/** The killed process holds the WeChat account until its lease lapses; then the new one runs it. */
const BOT_LEASE_SECONDS = 5;
/** ts-node compiles the service at each start: seconds, far more on a loaded 2-core machine. */
const START_MS = 90_000;
const SETTLE_MS = 60_000;

async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe(`a service process killed with SIGKILL while the outbox sends (${testEngine()})`, () => {
  let server: MockPuppetServer;
  let db: TestDatabase;
  let content: ContentRoot;
  let spoolDir: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  let base: string;
  let env: Record<string, string>;
  const received = new Map<string, string[]>();

  beforeAll(async () => {
    server = await MockPuppetServer.start();
    db = await createTestDatabase();
    content = new ContentRoot().write(smallCourse());
    spoolDir = mkdtempSync(join(tmpdir(), 'spaced-coach-kill-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}/api/v1`;
    env = {
      ...server.env(),
      HOME: process.env.HOME ?? tmpdir(),
      PORT: String(port),
      DATABASE_URL: db.url,
      ADMIN_API_KEY: ADMIN_KEY,
      BOT_ENABLED: 'true',
      CONTENT_DIR: content.dir,
      SPOOL_DIR: spoolDir,
      SEND_RATE_PER_MINUTE: SEND_RATE,
      OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
      BOT_LEASE_SECONDS: String(BOT_LEASE_SECONDS),
      LOG_LEVEL: 'error',
    };
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await server?.stop();
    await db?.drop();
    content?.remove();
    rmSync(spoolDir, { recursive: true, force: true });
  });

  const api = async <T = { state?: string }>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  /** Starts the service and logs its bot in on the mock WeChat. */
  async function start(botUser: mock.ContactMock): Promise<void> {
    child = startService(env);
    void exited(child);
    await waitForHealth(`${base}/health`, START_MS);
    await until('the bot to log in', START_MS, async () => {
      if ((await api('GET', '/bot')).body.state === 'logged-in') return true;
      server.mocker.login(botUser);
      return false;
    });
  }

  const total = () => [...received.values()].reduce((n, texts) => n + texts.length, 0);

  it('delivers every message after a restart, repeating at most the one in flight', async () => {
    const botUser = server.mocker.createContact({ name: 'Coach' });
    const phones = Array.from({ length: LEARNERS }, (_, i) => {
      const contact = server.mocker.createContact({ name: `夜班${i}` });
      received.set(contact.id, []);
      contact.on('message', (message) => {
        if (message.talker().id !== contact.id)
          received.get(contact.id)!.push(message.text() ?? '');
      });
      return contact;
    });
    await start(botUser);

    const cohort = await api<{ id: number }>('POST', '/cohorts', {
      name: 'Kill test',
      courseId: 'mini-course',
      startDate: '2026-03-02',
      timezone: 'Asia/Shanghai',
    });
    const enrolled = await api<{ learners: Array<{ learnerId: number; code: string }> }>(
      'POST',
      `/cohorts/${cohort.body.id}/learners`,
      phones.map((_, i) => ({ externalId: `K${i}`, name: `夜班${i}` })),
    );
    const contactOf = new Map<number, string>();
    enrolled.body.learners.forEach((l, i) => {
      contactOf.set(l.learnerId, phones[i].id);
      phones[i].say(l.code).to(botUser);
    });
    await until('the first welcomes', SETTLE_MS, () => total() >= 2);
    expect((await api('POST', `/cohorts/${cohort.body.id}/deliver-now`)).status).toBe(200);
    // Killed while messages still wait and one may be on its way.
    await until('a lesson to go out', SETTLE_MS, () => total() >= LEARNERS + 1);
    child!.kill('SIGKILL');
    const sentBeforeKill = total();

    await start(botUser);
    const dataSource = await new DataSource(dataSourceOptions(db.target)).initialize();
    try {
      const outbox = dataSource.getRepository(OutboxMessageEntity);
      await until('every message to be sent', SETTLE_MS, async () => {
        const rows = await outbox.find();
        return rows.length >= 2 * LEARNERS && rows.every((row) => row.status === 'sent');
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const rows = await outbox.find();
      const arrivals = rows.map(
        (row) => received.get(contactOf.get(row.learnerId)!)!.filter((t) => t === row.body).length,
      );
      expect(rows.filter((_, i) => arrivals[i] === 0).map((row) => row.id)).toEqual([]);
      const repeats = arrivals.reduce((n, times) => n + times - 1, 0);
      expect(total()).toBe(rows.length + repeats);
      expect(repeats).toBeLessThanOrEqual(1);
      expect(sentBeforeKill).toBeLessThan(rows.length);
    } finally {
      await dataSource.destroy();
    }
  }, 240_000);
});
