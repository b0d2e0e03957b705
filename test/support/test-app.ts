import { NestExpressApplication } from '@nestjs/platform-express';
import { Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { AppConfig } from '../../src/config/app-config';
import { configureApp } from '../../src/http/configure-app';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import { ChatChannel } from '../../src/modules/delivery/chat-channel';
import { OUTBOX_RUNNER_ENABLED } from '../../src/modules/delivery/delivery-tokens';
import { RecordingChatChannel } from './recording-chat-channel';
import { createTestDatabase, TestDatabase } from './test-database';
import { MovableClock } from '../../src/core/movable-clock';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

export interface TestApp {
  app: NestExpressApplication;
  clock: MovableClock;
  /** Every message the outbox sent, in order (nothing with `realChatChannel`). */
  channel: RecordingChatChannel;
  db: TestDatabase;
  /** A real key of each role, created through the service. */
  keys: Record<'admin' | 'hr' | 'trainer', string>;
  close(): Promise<void>;
}

/** The whole Nest app over HTTP on a fresh database, as `npm start` builds it. */
export async function createTestApp(
  env: Record<string, string> = {},
  extra: {
    controllers?: Type[];
    database?: TestDatabase;
    /** Keep the app's own channel (the WeChat bot when BOT_ENABLED) instead of the recorder. */
    realChatChannel?: boolean;
    /** Leave the outbox loop as the configuration sets it, instead of off. */
    configuredOutboxRunner?: boolean;
  } = {},
): Promise<TestApp> {
  // A second app on the same database plays a second process; the first one owns the database.
  const db = extra.database ?? (await createTestDatabase());
  const clock = new MovableClock('2026-03-02T01:00:00Z');
  // Each app its own inbound spool, as each process has; never the ./data of the checkout.
  const spoolDir = mkdtempSync(join(tmpdir(), 'spaced-coach-spool-'));
  const config = AppConfig.fromEnv({
    DATABASE_URL: db.url,
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    BOT_ENABLED: 'false',
    LOG_LEVEL: 'error',
    SPOOL_DIR: spoolDir,
    ...env,
  });
  const channel = new RecordingChatChannel();
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot(config, { clock, scheduler: false })],
    controllers: extra.controllers ?? [],
  });
  // Tests drive the planner and the sender with the test clock; nothing runs on its own.
  if (!extra.configuredOutboxRunner)
    builder.overrideProvider(OUTBOX_RUNNER_ENABLED).useValue(false);
  if (!extra.realChatChannel) builder.overrideProvider(ChatChannel).useValue(channel);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(app);
  await app.init();

  const apiKeys = app.get(ApiKeyService);
  const keys = {
    admin: (await apiKeys.create('admin', 'test admin')).key,
    hr: (await apiKeys.create('hr', 'test hr')).key,
    trainer: (await apiKeys.create('trainer', 'test trainer')).key,
  };
  return {
    app,
    clock,
    channel,
    db,
    keys,
    close: async () => {
      await app.close();
      rmSync(spoolDir, { recursive: true, force: true });
      if (!extra.database) await db.drop();
    },
  };
}
