import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '../../src/core/delivery/backoff';
import { DomainError } from '../../src/core/errors';
import { Database } from '../../src/infra/db/database';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { SqlOutboxRepository } from '../../src/infra/db/repositories/outbox.sql-repository';
import { Outbox, OutboxEntry } from '../../src/modules/delivery/outbox';
import {
  OUTBOX_LEASE_MS,
  OutboxSender,
  SendBatchResult,
} from '../../src/modules/delivery/outbox-sender.service';
import { RecordingChatChannel } from '../support/recording-chat-channel';
import { MovableClock } from '../../src/core/movable-clock';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const A = 1;
const B = 2;
const SECOND = 1000;
const middle = () => 0.5;

const entry = (learnerId: number, dedupeKey: string, notBefore?: Date): OutboxEntry => ({
  learnerId,
  dedupeKey,
  kind: 'prompt',
  body: `text of ${dedupeKey}`,
  notBefore,
});

describe(`outbox (${testEngine()})`, () => {
  let dataSource: DataSource;
  let database: Database;
  let messages: SqlOutboxRepository;
  let db: TestDatabase;
  let clock: MovableClock;
  let outbox: Outbox;
  let channel: RecordingChatChannel;
  let sender: OutboxSender;
  let warnings: jest.SpyInstance;

  beforeEach(async () => {
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    ({ dataSource, db } = await createMigratedDataSource());
    clock = new MovableClock('2026-03-02T01:00:00Z');
    database = new Database(dataSource);
    messages = new SqlOutboxRepository(database);
    outbox = new Outbox(messages);
    channel = new RecordingChatChannel();
    sender = new OutboxSender(messages, clock, channel, middle);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await closeTestDataSource(dataSource, db);
  });

  const enqueue = (...entries: OutboxEntry[]) =>
    database.transaction(() => outbox.enqueue(entries, clock.now()));
  const row = (dedupeKey: string) =>
    dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ dedupeKey });
  const rowCount = () => dataSource.getRepository(OutboxMessageEntity).count();
  const keysOf = async (ids: number[]) => {
    const rows = await dataSource.getRepository(OutboxMessageEntity).find();
    return ids.map((id) => rows.find((r) => r.id === id)?.dedupeKey);
  };

  describe('enqueue', () => {
    it('4,000 rows go in statements small enough for SQLite, and a repeat adds none', async () => {
      const many = Array.from({ length: 4000 }, (_, i) => entry(i + 1, `bulk:${i}`));
      expect(await enqueue(...many)).toBe(4000);
      expect(await enqueue(...many)).toBe(0);
      expect(await rowCount()).toBe(4000);
    });

    it('refuses to run outside a transaction, and refuses a row MySQL would truncate', async () => {
      await expect(outbox.enqueue([entry(A, 'a1')], clock.now())).rejects.toThrow(/transaction/);
      await expect(
        enqueue(entry(A, 'a1'), { ...entry(A, 'a2'), kind: 'k'.repeat(25) }),
      ).rejects.toThrow(/kind must have 1 to 24 characters/);
      expect(await rowCount()).toBe(0);
    });
  });

  describe('sending', () => {
    it('a message waits for its notBefore time', async () => {
      const at = new Date(clock.now().getTime() + 10 * 60 * SECOND);
      await enqueue(entry(A, 'a1', at));
      expect((await sender.sendDue(10)).claimed).toBe(0);
      clock.set(at);
      expect(await sender.sendDue(10)).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
      expect(await row('a1')).toMatchObject({
        status: 'sent',
        attempts: 1,
        sentAt: at,
        lockedUntil: null,
      });
    });

    it("per-learner order: A's messages go out in id order, one per batch, and B is not held up", async () => {
      await enqueue(entry(A, 'a1'), entry(A, 'a2'), entry(A, 'a3'), entry(B, 'b1'));
      const batches: Array<Array<string | undefined>> = [];
      for (let round = 0; round < 4; round += 1) {
        const before = channel.sent.length;
        await sender.sendDue(10);
        batches.push(await keysOf(channel.sentIds().slice(before)));
      }
      expect(batches).toEqual([['a1', 'b1'], ['a2'], ['a3'], []]);
    });

    it("while A's message is in flight, a second sender takes B's but not A's next one", async () => {
      await enqueue(entry(A, 'a1'), entry(A, 'a2'), entry(B, 'b1'));
      const held = channel.holdNext();
      const first = sender.sendDue(1);
      expect((await held.started).id).toBe((await row('a1')).id);

      const otherChannel = new RecordingChatChannel();
      const other = new OutboxSender(messages, clock, otherChannel, middle);
      expect(await other.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await keysOf(otherChannel.sentIds())).toEqual(['b1']);
      expect(await row('a2')).toMatchObject({ status: 'pending', attempts: 0 });

      held.release();
      expect(await first).toMatchObject({ claimed: 1, sent: 1 });
      await other.sendDue(10);
      expect(await keysOf([...channel.sentIds(), ...otherChannel.sentIds()])).toEqual([
        'a1',
        'b1',
        'a2',
      ]);
    });

    it("a learner whose message keeps failing holds back only that learner's later messages", async () => {
      await enqueue(entry(A, 'a1'), entry(A, 'a2'), entry(B, 'b1'));
      channel.failFor(A);
      expect(await sender.sendDue(10)).toEqual({ claimed: 2, sent: 1, retried: 1, failed: 0 });
      expect(await keysOf(channel.sentIds())).toEqual(['b1']);

      channel.recover(A);
      clock.advance(retryDelayMs(1, middle));
      expect(await sender.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await sender.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await keysOf(channel.sentIds())).toEqual(['b1', 'a1', 'a2']);
    });

    it('after the last attempt a message is failed, keeps its error, stops blocking, and retry() queues it again', async () => {
      await enqueue(entry(A, 'a1'), entry(A, 'a2'));
      channel.failFor(A, `puppet error: ${'x'.repeat(1500)}`);
      const outcomes = [];
      for (let round = 0; round < MAX_SEND_ATTEMPTS; round += 1) {
        outcomes.push(await sender.sendDue(10));
        clock.advance(60 * 60 * SECOND);
      }
      const outcome = (o: SendBatchResult) =>
        o.failed ? 'failed' : o.retried ? 'retried' : 'sent';
      expect(outcomes.map(outcome)).toEqual(['retried', 'retried', 'retried', 'retried', 'failed']);
      const failed = await row('a1');
      expect(failed).toMatchObject({
        status: 'failed',
        attempts: MAX_SEND_ATTEMPTS,
        lockedUntil: null,
      });
      expect(failed.lastError).toMatch(/^puppet error: x+$/);
      expect(failed.lastError).toHaveLength(1000);
      expect(warnings).toHaveBeenCalledWith(
        expect.stringMatching(/^Message #\d+ to learner #1 failed after 5 attempts/),
      );
      expect(await sender.list('failed', 1, 20)).toEqual({
        items: [
          expect.objectContaining({ id: failed.id, status: 'failed', lastError: failed.lastError }),
        ],
        total: 1,
      });

      channel.recover(A);
      expect(await sender.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await keysOf(channel.sentIds())).toEqual(['a2']);

      expect(await sender.retry(failed.id)).toMatchObject({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: clock.now(),
      });
      expect(await sender.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await keysOf(channel.sentIds())).toEqual(['a2', 'a1']);
    });

    it('retry() refuses an unknown message and one that has not failed', async () => {
      await enqueue(entry(A, 'a1'));
      const { id } = await row('a1');
      await expect(sender.retry(id + 100)).rejects.toMatchObject({ code: 'not-found' });
      const error = await sender.retry(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/is pending/),
      });
      expect(await row('a1')).toMatchObject({ status: 'pending', attempts: 0 });
    });

    it('a sender that dies mid-send loses nothing: once the lease lapses another sends it, once', async () => {
      await enqueue(entry(A, 'a1'));
      const crash = channel.holdNext();
      void sender.sendDue(1);
      await crash.started;
      const claimedAt = clock.now();
      expect(await row('a1')).toMatchObject({
        status: 'sending',
        attempts: 1,
        lockedUntil: new Date(claimedAt.getTime() + OUTBOX_LEASE_MS),
      });

      const restartedChannel = new RecordingChatChannel();
      const restarted = new OutboxSender(messages, clock, restartedChannel, middle);
      clock.advance(OUTBOX_LEASE_MS);
      expect((await restarted.sendDue(10)).claimed).toBe(0);
      clock.advance(SECOND);
      expect(await restarted.sendDue(10)).toMatchObject({ claimed: 1, sent: 1 });
      expect(await restarted.sendDue(10)).toMatchObject({ claimed: 0 });
      expect(await keysOf(restartedChannel.sentIds())).toEqual(['a1']);
      expect(channel.sent).toEqual([]);
      expect(await row('a1')).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('list() pages newest first, optionally by status', async () => {
      await enqueue(entry(A, 'a1'), entry(B, 'b1'), entry(3, 'c1'));
      await sender.sendDue(1);
      const page = await sender.list(undefined, 1, 2);
      expect(page.total).toBe(3);
      expect(page.items.map((i) => i.learnerId)).toEqual([3, B]);
      expect(page.items[0]).not.toHaveProperty('body');
      expect((await sender.list(undefined, 2, 2)).items.map((i) => i.learnerId)).toEqual([A]);
      expect(await sender.list('sent', 1, 10)).toMatchObject({
        total: 1,
        items: [{ learnerId: A }],
      });
    });
  });
});
