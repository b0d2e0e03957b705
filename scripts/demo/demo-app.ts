import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from 'wechaty';
import type { PuppetMock, mock } from 'wechaty-puppet-mock';
import { AppModule } from '../../src/app.module';
import { AppConfig } from '../../src/config/app-config';
import { MovableClock } from '../../src/core/movable-clock';
import { configureApp } from '../../src/http/configure-app';
import { OUTBOX_RUNNER_ENABLED } from '../../src/modules/delivery/delivery-tokens';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { BotPool } from '../../src/modules/wechaty/bot-pool';

/** Gone however the demo ends: Ctrl-C, a closed pipe (`| head`), or a crash. */
function removedOnExit(folder: string): void {
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  process.once('SIGINT', () => process.exit(130));
}

/**
 * The service as `npm start` builds it, on a temporary SQLite file, with the WeChat bot on
 * the mock puppet, and nothing running on its own: the demo ticks the planner and the
 * outbox sender itself, on its own clock.
 */
export class DemoApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly clock: MovableClock,
    readonly adminKey: string,
    readonly baseUrl: string,
    private readonly folder: string,
  ) {}

  static async start(startAt: Date): Promise<DemoApp> {
    const folder = mkdtempSync(join(tmpdir(), 'spaced-coach-demo-'));
    removedOnExit(folder);
    const adminKey = `demo-${randomBytes(12).toString('hex')}`;
    // Wechaty takes its puppet from the environment, as it would with a real account.
    process.env.WECHATY_PUPPET = 'wechaty-puppet-mock';
    log.level('silent');
    const config = AppConfig.fromEnv({
      DATABASE_URL: `sqlite:${join(folder, 'demo.sqlite')}`,
      CONTENT_DIR: join(__dirname, '..', '..', 'content'),
      ADMIN_API_KEY: adminKey,
      BOT_ENABLED: 'true',
      LOG_LEVEL: 'error',
    });
    const clock = new MovableClock(startAt);
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config, { clock, scheduler: false })],
    })
      .overrideProvider(OUTBOX_RUNNER_ENABLED)
      .useValue(false)
      .compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    return new DemoApp(app, clock, adminKey, await app.getUrl(), folder);
  }

  get bot(): BotPool {
    return this.app.get(BotPool);
  }

  /** The mock WeChat behind the bot's puppet. */
  async mocker(): Promise<mock.Mocker> {
    await this.bot.started();
    const wechaty = this.bot.wechaty;
    if (!wechaty) throw new Error('The WeChat bot did not start');
    return (wechaty.puppet as PuppetMock).mocker;
  }

  /** One planner tick at the clock's time. */
  async plan(): Promise<void> {
    await this.app.get(PlannerService).runDue();
  }

  /** Sends everything due, as the outbox loop would (without its pauses between messages). */
  async send(): Promise<void> {
    const sender = this.app.get(OutboxSender);
    while ((await sender.sendDue(50)).claimed > 0);
  }

  async close(): Promise<void> {
    try {
      await this.app.close();
    } finally {
      rmSync(this.folder, { recursive: true, force: true });
    }
  }
}
