import { Logger } from '@nestjs/common';
import { MAX_SEND_ATTEMPTS } from '../../core/delivery/backoff';
import { InMemoryOutbox } from '../../../test/factories/in-memory-outbox';
import { RecordingChatChannel } from '../../../test/support/recording-chat-channel';
import { MovableClock } from '../../core/movable-clock';
import { Outbox } from './outbox';
import { OUTBOX_LEASE_MS, OutboxSender } from './outbox-sender.service';

const middle = () => 0.5;

describe('the outbox sender, on an in-memory outbox', () => {
  let messages: InMemoryOutbox;
  let clock: MovableClock;
  let channel: RecordingChatChannel;
  let sender: OutboxSender;

  beforeEach(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    messages = new InMemoryOutbox();
    clock = new MovableClock('2026-03-02T01:00:00Z');
    channel = new RecordingChatChannel();
    sender = new OutboxSender(messages, clock, channel, middle);
    await new Outbox(messages).enqueue(
      [{ learnerId: 1, dedupeKey: 'a1', kind: 'prompt', body: 'hello' }],
      clock.now(),
    );
  });
  afterEach(() => jest.restoreAllMocks());

  it('a failing message waits 30 s, 1 min, 2 min, 4 min between attempts, then fails until retried', async () => {
    channel.failFor(1, 'puppet error');
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt += 1) {
      expect(await sender.sendDue(1)).toMatchObject({ retried: 1 });
      waits.push(messages.rows[0].nextAttemptAt.getTime() - clock.now().getTime());
      clock.advance(waits[waits.length - 1]);
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000]);

    expect(await sender.sendDue(1)).toMatchObject({ failed: 1 });
    expect(messages.rows[0]).toMatchObject({ status: 'failed', lastError: 'puppet error' });
    clock.advance(24 * 60 * 60_000);
    expect(await sender.sendDue(1)).toMatchObject({ claimed: 0 });

    channel.recover(1);
    expect(await sender.retry(1)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await sender.sendDue(1)).toMatchObject({ sent: 1 });
  });

  it('a send that outlives its lease records nothing: the worker that took over decides', async () => {
    const slow = channel.holdNext();
    const late = sender.sendDue(1);
    await slow.started;
    clock.advance(OUTBOX_LEASE_MS + 1000);
    const other = new OutboxSender(messages, clock, new RecordingChatChannel(), middle);
    expect(await other.sendDue(1)).toMatchObject({ sent: 1 });

    slow.release(new Error('timed out'));
    await late;
    expect(messages.rows[0]).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('while the channel is not ready nothing is claimed and no attempt is spent', async () => {
    channel.ready = false;
    expect(await sender.sendDue(10)).toMatchObject({ claimed: 0 });
    expect(messages.rows[0]).toMatchObject({ status: 'pending', attempts: 0 });
  });
});

describe('the paced sender, one message per account at its rate', () => {
  let clock: MovableClock;
  const leaseUntil = new Date('2026-03-02T01:01:00Z');
  let messages: InMemoryOutbox;
  let channel: RecordingChatChannel;
  let sender: OutboxSender;

  beforeEach(async () => {
    clock = new MovableClock('2026-03-02T01:00:00Z');
    messages = new InMemoryOutbox();
    channel = new RecordingChatChannel();
    channel.accounts = [
      { accountId: 1, leaseUntil, sendRatePerMinute: 20 },
      { accountId: 2, leaseUntil, sendRatePerMinute: 60 },
    ];
    sender = new OutboxSender(messages, clock, channel, () => 0);
    const rows = [1, 2, 3].flatMap((account) =>
      [1, 2].map((n) => ({
        learnerId: 10 * account + n,
        dedupeKey: `${account}-${n}`,
        kind: 'prompt',
        body: 'hi',
      })),
    );
    await new Outbox(messages).enqueue(rows, clock.now());
    for (const row of messages.rows) row.botAccountId = Math.floor(row.learnerId / 10);
  });

  it('sends one message of each account it holds, none of another, and says when to look again', async () => {
    const first = await sender.sendPaced();
    expect(first).toMatchObject({ claimed: 2, sent: 2 });
    expect(channel.sent.map((m) => m.botAccountId)).toEqual([1, 2]);
    // 60 a minute: 1 s and 2 % more; 20 a minute: 3 s and 2 %.
    expect(first.nextSendAt).toEqual(new Date('2026-03-02T01:00:01.020Z'));
    expect(messages.rows.filter((r) => r.status === 'sending')).toEqual([]);

    clock.advance(1020);
    expect(await sender.sendPaced()).toMatchObject({
      claimed: 1,
      nextSendAt: new Date('2026-03-02T01:00:02.040Z'),
    });
    expect(channel.sent.map((m) => m.botAccountId)).toEqual([1, 2, 2]);
    clock.advance(2040);
    expect(await sender.sendPaced()).toMatchObject({
      claimed: 1,
      nextSendAt: new Date('2026-03-02T01:00:06.120Z'),
    });
    expect(channel.sent.map((m) => m.botAccountId)).toEqual([1, 2, 2, 1]);
    expect(messages.rows.filter((r) => r.botAccountId === 3).map((r) => r.status)).toEqual([
      'pending',
      'pending',
    ]);
  });

  it('holds a claim no longer than the account lease, and sends nothing through a lapsed one', async () => {
    const held = channel.holdNext();
    const sending = sender.sendPaced();
    await held.started;
    expect(messages.rows.find((r) => r.status === 'sending')?.lockedUntil).toEqual(leaseUntil);
    held.release();
    await sending;
    clock.set(leaseUntil);
    expect(await sender.sendPaced()).toMatchObject({ claimed: 0, nextSendAt: null });
  });

  it('counts the gap from the end of a slow send too, so the next message never comes sooner', async () => {
    channel.accounts = [{ accountId: 1, leaseUntil, sendRatePerMinute: 20 }];
    const held = channel.holdNext();
    const sending = sender.sendPaced();
    await held.started;
    clock.advance(2000);
    held.release();
    expect((await sending).nextSendAt).toEqual(new Date(clock.now().getTime() + 3060));
    clock.advance(3059);
    expect(await sender.sendPaced()).toMatchObject({ claimed: 0 });
    clock.advance(1);
    expect(await sender.sendPaced()).toMatchObject({ claimed: 1 });
  });
});
