import 'reflect-metadata';
import { INestApplicationContext, LogLevel } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AppModule } from '../../src/app.module';
import { AppConfig } from '../../src/config/app-config';
import { Clock } from '../../src/core/clock';
import { FsrsPolicy, SchedulingPolicy } from '../../src/core/srs/policy';
import {
  ChatChannel,
  OutgoingMessage,
  ReadyAccount,
} from '../../src/modules/delivery/chat-channel';
import { OUTBOX_RUNNER_ENABLED } from '../../src/modules/delivery/delivery-tokens';

/** Accepts every message and only counts them: the tools measure the engine, not WeChat. */
export class CountingChatChannel extends ChatChannel {
  sent = 0;

  send(_message: OutgoingMessage): Promise<void> {
    this.sent += 1;
    return Promise.resolve();
  }

  isReady(): boolean {
    return true;
  }

  /** The default account, at a rate no tool waits for. */
  readyAccounts(): ReadyAccount[] {
    return [{ accountId: null, leaseUntil: new Date(8.64e15), sendRatePerMinute: 600 }];
  }
}

export interface EngineOptions {
  databaseUrl: string;
  contentDir: string;
  clock: Clock;
  policy?: SchedulingPolicy;
  channel?: ChatChannel;
  /** More configuration, e.g. `BOT_ENABLED: 'true'` for a bot on the mock puppet. */
  env?: Record<string, string>;
  logLevels?: LogLevel[];
}

/**
 * The service without HTTP, WeChat, the minute tick or the outbox loop: the caller drives
 * the planner and the sender on its own clock, as the integration tests do. Migrations run
 * and CONTENT_DIR is synced, as at every start.
 */
export async function openEngine(options: EngineOptions): Promise<INestApplicationContext> {
  const config = AppConfig.fromEnv({
    DATABASE_URL: options.databaseUrl,
    CONTENT_DIR: options.contentDir,
    BOT_ENABLED: 'false',
    LOG_LEVEL: 'error',
    // Its own inbound spool: never the one of a service running from the same folder.
    SPOOL_DIR: mkdtempSync(join(tmpdir(), 'spaced-coach-engine-spool-')),
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, { clock: options.clock, scheduler: false })],
  })
    .overrideProvider(OUTBOX_RUNNER_ENABLED)
    .useValue(false)
    .overrideProvider(ChatChannel)
    .useValue(options.channel ?? new CountingChatChannel())
    .overrideProvider(SchedulingPolicy)
    .useValue(options.policy ?? new FsrsPolicy())
    .compile();
  moduleRef.useLogger(options.logLevels ?? ['error']);
  return moduleRef.init();
}

/**
 * A full garbage collection, so that a heap figure counts live memory, not garbage (the
 * bench's streaming measure). Too slow to run often: the simulator no longer calls it, its
 * memory stays flat without it since the hot paths bind their values as parameters.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
