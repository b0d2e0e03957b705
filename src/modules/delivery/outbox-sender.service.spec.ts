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
