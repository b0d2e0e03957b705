import { Global, Logger, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DatabaseModule } from '../../src/infra/db/database.module';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { Clock } from '../../src/core/clock';
import { Transactor } from '../../src/core/transactor';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { dataSourceOptions } from '../../src/infra/db/data-source-options';
import { ChatChannel } from '../../src/modules/delivery/chat-channel';
import { WechatyModule } from '../../src/modules/wechaty/wechaty.module';
import { DeliveryModule } from '../../src/modules/delivery/delivery.module';
import { Outbox } from '../../src/modules/delivery/outbox';
import {
  OUTBOX_IDLE_POLL_MS,
  OutboxSenderRunner,
} from '../../src/modules/delivery/outbox-sender.runner';
import { OutboxSender, PacedBatchResult } from '../../src/modules/delivery/outbox-sender.service';
import { RecordingChatChannel } from '../support/recording-chat-channel';
import { MovableClock } from '../../src/core/movable-clock';
import { createTestDatabase, testEngine } from '../support/test-database';

const clock = new MovableClock('2026-03-02T01:00:00Z');
/** A message sent; its account may send again `inMs` later. */
const one = (inMs: number): PacedBatchResult => ({
  claimed: 1,
  sent: 1,
  retried: 0,
  failed: 0,
  nextSendAt: new Date(clock.now().getTime() + inMs),
});
const none: PacedBatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0, nextSendAt: null };

describe('outbox runner loop (fake timers, a stub sender)', () => {
  let sendDue: jest.Mock<Promise<PacedBatchResult>, []>;
  let runner: OutboxSenderRunner;
  const start = (enabled = true) => {
    runner = new OutboxSenderRunner(
      { sendPaced: sendDue } as unknown as OutboxSender,
      clock,
      enabled,
    );
    runner.onApplicationBootstrap();
  };
  const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

  beforeEach(() => {
    jest.useFakeTimers();
    sendDue = jest.fn();
  });
  afterEach(async () => {
    await runner.beforeApplicationShutdown();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('waits until an account may send again, at most the 2 s idle poll, and polls every 2 s when idle', async () => {
    sendDue
      .mockResolvedValueOnce(one(1000))
      .mockResolvedValueOnce(one(5000))
      .mockResolvedValue(none);
    start();
    await advance(0);
    expect(sendDue).toHaveBeenCalledTimes(1);
    await advance(999);
    expect(sendDue).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(sendDue).toHaveBeenCalledTimes(2);
    await advance(OUTBOX_IDLE_POLL_MS);
    expect(sendDue).toHaveBeenCalledTimes(3);
    await advance(OUTBOX_IDLE_POLL_MS - 1);
    expect(sendDue).toHaveBeenCalledTimes(3);
    await advance(1);
    expect(sendDue).toHaveBeenCalledTimes(4);
  });

  it('a failing step is logged and the loop goes on', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    sendDue.mockRejectedValueOnce(new Error('database gone')).mockResolvedValue(none);
    start();
    await advance(0);
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/trying again in 2000 ms: Error: database gone/),
    );
    await advance(OUTBOX_IDLE_POLL_MS);
    expect(sendDue).toHaveBeenCalledTimes(2);
  });

  it('a database outage is logged once when it starts and once when it ends', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    sendDue
      .mockRejectedValueOnce(refused)
      .mockRejectedValueOnce(refused)
      .mockRejectedValueOnce(refused)
      .mockResolvedValue(none);
    start();
    await advance(0);
    await advance(3 * OUTBOX_IDLE_POLL_MS);
    expect(sendDue).toHaveBeenCalledTimes(4);
    expect(warned.mock.calls).toEqual([[expect.stringMatching(/database cannot be reached/)]]);
    expect(logged.mock.calls).toEqual([[expect.stringMatching(/database is back/)]]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('shutdown waits for the send in flight, then nothing more is sent', async () => {
    let finish!: (result: PacedBatchResult) => void;
    sendDue
      .mockReturnValueOnce(new Promise((resolve) => (finish = resolve)))
      .mockResolvedValue(one(1000));
    start();
    await advance(0);
    let stopped = false;
    const stopping = runner.beforeApplicationShutdown().then(() => (stopped = true));
    await advance(5000);
    expect(stopped).toBe(false);
    finish(one(1000));
    await stopping;
    await advance(10_000);
    expect(sendDue).toHaveBeenCalledTimes(1);
  });

  it('shutdown while idle returns at once instead of finishing the poll wait', async () => {
    sendDue.mockResolvedValue(none);
    start();
    await advance(0);
    await runner.beforeApplicationShutdown();
    await advance(10 * OUTBOX_IDLE_POLL_MS);
    expect(sendDue).toHaveBeenCalledTimes(1);
  });

  it('a disabled runner never sends', async () => {
    sendDue.mockResolvedValue(one(1000));
    start(false);
    await advance(10 * OUTBOX_IDLE_POLL_MS);
    expect(sendDue).not.toHaveBeenCalled();
  });
});

/** Config and clock for the delivery module, as AppModule's core providers give them. */
@Global()
@Module({})
class TestCoreModule {
  static with(config: AppConfig, clock: Clock) {
    return {
      module: TestCoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

describe(`outbox runner in a Nest app (${testEngine()})`, () => {
  it('closing the app lets the send in flight finish and record its outcome before the database closes', async () => {
    const db = await createTestDatabase();
    const channel = new RecordingChatChannel();
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    const app: TestingModule = await Test.createTestingModule({
      imports: [
        TestCoreModule.with(AppConfig.fromEnv({ DATABASE_URL: db.url }), clock),
        DatabaseModule,
        DeliveryModule,
        WechatyModule,
      ],
    })
      .overrideProvider(ChatChannel)
      .useValue(channel)
      .compile();
    const entries = [1, 2].map((learnerId) => ({
      learnerId,
      dedupeKey: `shutdown:${learnerId}`,
      kind: 'prompt',
      body: 'hello',
    }));
    await app.get(Transactor).run(() => app.get(Outbox).enqueue(entries, clock.now()));

    const held = channel.holdNext();
    await app.init();
    await held.started;
    const closing = app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    held.release();
    await closing;

    const check = new DataSource(dataSourceOptions(db.target));
    await check.initialize();
    try {
      const rows = await check.getRepository(OutboxMessageEntity).find({ order: { id: 'ASC' } });
      expect(rows.map((r) => r.status)).toEqual(['sent', 'pending']);
      expect(channel.calls).toHaveLength(1);
    } finally {
      await check.destroy();
      await db.drop();
    }
  });
});
