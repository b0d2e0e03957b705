import { DataSource } from 'typeorm';
import { Database } from '../../src/infra/db/database';
import { SqlOutboxRepository } from '../../src/infra/db/repositories/outbox.sql-repository';
import { NewOutboxMessage, OutboxRepository } from '../../src/modules/delivery/outbox.repository';
import { InMemoryOutbox } from '../factories/in-memory-outbox';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const A = 1;
const B = 2;
const NOW = new Date('2026-03-02T01:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

const message = (learnerId: number, dedupeKey: string, due = NOW): NewOutboxMessage => ({
  learnerId,
  botAccountId: null,
  dedupeKey,
  kind: 'prompt',
  body: `text of ${dedupeKey}`,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: due,
  lockedUntil: null,
  lastError: null,
  createdAt: NOW,
  sentAt: null,
});

/** A repository to test, and how to run work in one unit of it. */
interface Subject {
  messages: OutboxRepository;
  inUnit<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function sqlSubject(): Promise<Subject & { database: Database }> {
  const { dataSource, db }: { dataSource: DataSource; db: TestDatabase } =
    await createMigratedDataSource();
  const database = new Database(dataSource);
  return {
    database,
    messages: new SqlOutboxRepository(database),
    inUnit: (work) => database.transaction(work),
    close: () => closeTestDataSource(dataSource, db),
  };
}

async function memorySubject(): Promise<Subject> {
  return { messages: new InMemoryOutbox(), inUnit: (work) => work(), close: async () => {} };
}

describe.each([
  [`SQL (${testEngine()})`, sqlSubject],
  ['in memory', memorySubject],
])('outbox repository contract: %s', (_name, open) => {
  let subject: Subject;
  let messages: OutboxRepository;
  const insert = (...rows: NewOutboxMessage[]) => subject.inUnit(() => messages.insert(rows));
  const claimKeys = async (now: Date, limit = 10) =>
    (await messages.claimDue(now, at(2), limit)).map((row) => row.dedupeKey);

  beforeEach(async () => {
    subject = await open();
    messages = subject.messages;
  });
  afterEach(() => subject.close());

  it('dedupe: a key already queued, or repeated in one insert, is stored once and not counted', async () => {
    expect(await insert(message(A, 'a1'), message(A, 'a2'))).toBe(2);
    expect(await insert(message(A, 'a2'), message(A, 'a3'), message(A, 'a3'))).toBe(1);
    expect((await messages.list({}, 0, 10)).total).toBe(3);
  });

  it('claim: the oldest due message of each learner, in id order, sending with the attempt counted', async () => {
    await insert(message(A, 'a1'), message(A, 'a2'), message(B, 'b1'), message(3, 'c1', at(1)));
    const claimed = await messages.claimDue(NOW, at(2), 10);
    expect(claimed.map((row) => row.dedupeKey)).toEqual(['a1', 'b1']);
    expect(claimed[0]).toMatchObject({ status: 'sending', attempts: 1, lockedUntil: at(2) });
    expect(claimed[0].body).toBe('text of a1');
    expect(await messages.summary(claimed[0].id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await claimKeys(at(0.5))).toEqual([]);
    expect(await claimKeys(at(1))).toEqual(['c1']);
  });

  it('claim: at most `limit` rows', async () => {
    await insert(message(A, 'a1'), message(B, 'b1'), message(3, 'c1'));
    expect(await claimKeys(NOW, 2)).toEqual(['a1', 'b1']);
    expect(await claimKeys(NOW, 2)).toEqual(['c1']);
  });

  it('lease: a claim whose lease ended is claimed again, and the late claim can no longer complete', async () => {
    await insert(message(A, 'a1'));
    const [first] = await messages.claimDue(NOW, at(2), 1);
    expect(await claimKeys(at(2))).toEqual([]);
    const [second] = await messages.claimDue(at(3), at(5), 1);
    expect(second).toMatchObject({ id: first.id, attempts: 2, lockedUntil: at(5) });

    expect(
      await messages.complete(first.id, first.attempts, { status: 'sent', sentAt: at(3) }),
    ).toBe(false);
    expect(await messages.summary(first.id)).toMatchObject({ status: 'sending', sentAt: null });
    expect(await messages.complete(second.id, 2, { status: 'sent', sentAt: at(4) })).toBe(true);
    expect(await messages.summary(first.id)).toMatchObject({ status: 'sent', sentAt: at(4) });
  });

  it('send: a sent head releases the next message of its learner', async () => {
    await insert(message(A, 'a1'), message(A, 'a2'));
    const [head] = await messages.claimDue(NOW, at(2), 10);
    expect(await claimKeys(NOW)).toEqual([]);
    await messages.complete(head.id, head.attempts, { status: 'sent', sentAt: NOW });
    expect(await claimKeys(NOW)).toEqual(['a2']);
  });

  it('retry: a put-back message waits for its time and keeps its error; a failed one stops blocking', async () => {
    await insert(message(A, 'a1'), message(A, 'a2'));
    const [head] = await messages.claimDue(NOW, at(2), 10);
    const retry = { status: 'pending' as const, nextAttemptAt: at(1), lastError: 'down' };
    await messages.complete(head.id, head.attempts, retry);
    expect(await messages.summary(head.id)).toMatchObject({ ...retry, attempts: 1 });
    expect(await claimKeys(NOW)).toEqual([]);
    const [again] = await messages.claimDue(at(1), at(3), 10);
    expect(again).toMatchObject({ id: head.id, attempts: 2 });

    await messages.complete(head.id, 2, { status: 'failed', lastError: 'gone' });
    expect(await claimKeys(at(1))).toEqual(['a2']);
  });

  it('requeueFailed: only a failed message goes back, due now with fresh attempts', async () => {
    await insert(message(A, 'a1'));
    const [head] = await messages.claimDue(NOW, at(2), 1);
    expect(await messages.requeueFailed(head.id, at(1))).toBe(false);
    await messages.complete(head.id, 1, { status: 'failed', lastError: 'gone' });
    expect(await messages.requeueFailed(head.id, at(1))).toBe(true);
    expect(await messages.summary(head.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at(1),
      lastError: 'gone',
    });
    expect(await claimKeys(at(1))).toEqual(['a1']);
    expect(await messages.requeueFailed(head.id + 100, at(1))).toBe(false);
    expect(await messages.summary(head.id + 100)).toBeNull();
  });

  it('list: newest first, by status, in pages, without the body', async () => {
    await insert(message(A, 'a1'), message(B, 'b1'), message(3, 'c1'));
    const [head] = await messages.claimDue(NOW, at(2), 1);
    await messages.complete(head.id, 1, { status: 'sent', sentAt: NOW });
    const page = await messages.list({}, 0, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.learnerId)).toEqual([3, B]);
    expect(Object.keys(page.items[0])).not.toContain('body');
    expect((await messages.list({}, 2, 2)).items.map((item) => item.learnerId)).toEqual([A]);
    expect(await messages.list({ status: 'sent' }, 0, 10)).toMatchObject({
      total: 1,
      items: [{ id: head.id, status: 'sent', sentAt: NOW }],
    });
  });
});

describe(`outbox repository on ${testEngine()}: units of work`, () => {
  let subject: Awaited<ReturnType<typeof sqlSubject>>;

  beforeEach(async () => {
    subject = await sqlSubject();
  });
  afterEach(() => subject.close());

  it('insert refuses to run outside a unit of work', async () => {
    await expect(subject.messages.insert([message(A, 'a1')])).rejects.toThrow(/transaction/);
  });

  it('rows inserted in a unit that rolls back are gone', async () => {
    const rolledBack = subject.inUnit(async () => {
      await subject.messages.insert([message(A, 'a1')]);
      throw new Error('the session could not be saved');
    });
    await expect(rolledBack).rejects.toThrow('the session could not be saved');
    expect((await subject.messages.list({}, 0, 10)).total).toBe(0);
  });

  it('a claim inside an open unit joins it', async () => {
    await subject.inUnit(() => subject.messages.insert([message(A, 'a1')]));
    const claimed = subject.inUnit(async () => {
      await subject.messages.claimDue(NOW, at(2), 1);
      throw new Error('undone');
    });
    await expect(claimed).rejects.toThrow('undone');
    expect(await claimKeysOf(subject.messages)).toEqual(['a1']);
  });
});

const claimKeysOf = async (messages: OutboxRepository) =>
  (await messages.claimDue(NOW, at(2), 10)).map((row) => row.dedupeKey);
