import { DataSource } from 'typeorm';
import { log, types, type Friendship, type Message, type Wechaty } from 'wechaty';
import type { mock, PuppetMock } from 'wechaty-puppet-mock';
import { LearnerEntity } from '../../src/infra/db/entities';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { BotPool } from '../../src/modules/wechaty/bot-pool';
import { ContentRoot } from '../factories/course-files';
import { createTestApp, TestApp } from './test-app';
import { TestDatabase } from './test-database';
import { WechatLearner } from './wechat-learner';

/**
 * How long any one awaited WeChat event may take before the test fails. Generous: a gRPC
 * client giving up on a closed port takes seconds, and longer on a loaded 2-core CI machine.
 */
export const EVENT_TIMEOUT_MS = 20_000;

/** Settles with `promise`, or fails the test after EVENT_TIMEOUT_MS naming what never happened. */
export function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), EVENT_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface WechatHarnessOptions {
  /** WECHATY_* variables; the in-process mock puppet when none are given. */
  wechatyEnv?: Record<string, string>;
  /** The mocker behind the puppet when it runs elsewhere (a PuppetServer in the test). */
  mocker?: mock.Mocker;
  /** More configuration (e.g. a DATABASE_URL through a proxy) and the database it reaches. */
  env?: Record<string, string>;
  database?: TestDatabase;
}

/**
 * The whole app with a real Wechaty bot on a mock WeChat: the mocker plays the learners, the
 * test clock moves the days, and the test drives the planner and the outbox sender.
 */
export class WechatHarness {
  private constructor(
    readonly t: TestApp,
    readonly bot: BotPool,
    readonly mocker: mock.Mocker,
    readonly botUser: mock.ContactMock,
    private readonly restoreEnv: () => void,
  ) {}

  static async start(
    content: ContentRoot,
    options: WechatHarnessOptions = {},
  ): Promise<WechatHarness> {
    // Wechaty reads its puppet from the environment, as in production; its own log stays quiet.
    log.level('silent');
    const restoreEnv = setEnv(options.wechatyEnv ?? { WECHATY_PUPPET: 'wechaty-puppet-mock' });
    const t = await createTestApp(
      { BOT_ENABLED: 'true', CONTENT_DIR: content.dir, ...options.env },
      { realChatChannel: true, database: options.database },
    );
    const bot = t.app.get(BotPool);
    await within(bot.started(), 'the bot to start');
    const mocker = options.mocker ?? (bot.wechaty!.puppet as PuppetMock).mocker;
    const botUser = mocker.createContact({ name: 'Coach' });
    const harness = new WechatHarness(t, bot, mocker, botUser, restoreEnv);
    await harness.login();
    return harness;
  }

  get wechaty(): Wechaty {
    return this.bot.wechaty!;
  }

  learner(name: string, alias?: string): WechatLearner {
    return new WechatLearner(
      this,
      this.mocker.createContact({ name, ...(alias ? { alias } : {}) }),
    );
  }

  async login(): Promise<void> {
    const loggedIn = this.next('login', () => true);
    this.mocker.login(this.botUser);
    await within(loggedIn, 'the bot to log in');
  }

  async logout(): Promise<void> {
    const loggedOut = this.next('logout', () => true);
    await this.mocker.puppet.logout('test');
    await within(loggedOut, 'the bot to log out');
  }

  /** Resolves with the next message Wechaty emits from this contact. */
  messageFrom(contactId: string): Promise<Message> {
    return within(
      this.next('message', (m: Message) => m.talker().id === contactId && !m.self()),
      'the bot to receive the message',
    );
  }

  /** Resolves with the next message the bot receives from itself (its own reply, echoed). */
  ownMessage(): Promise<Message> {
    return within(
      this.next('message', (m: Message) => m.self()),
      'the bot to receive its own message',
    );
  }

  /** A friend request from the contact with this greeting, handled; returns its id. */
  async friendRequest(contact: mock.ContactMock, greeting: string): Promise<string> {
    const id = `friendship-${contact.id}`;
    await this.mocker.puppet.friendshipPayload(id, {
      id,
      contactId: contact.id,
      hello: greeting,
      ticket: 'ticket',
      timestamp: Math.floor(this.t.clock.now().getTime() / 1000),
      type: types.Friendship.Receive,
    });
    const seen = this.next('friendship', (f: Friendship) => f.id === id);
    this.mocker.puppet.emit('friendship', { friendshipId: id });
    await within(seen, 'the friend request');
    await this.bot.settled();
    await this.flush();
    return id;
  }

  /** Sends everything the outbox has due now, as the sender loop would. */
  async flush(): Promise<void> {
    const sender = this.t.app.get(OutboxSender);
    while ((await sender.sendDue(50)).claimed > 0);
  }

  /** One planner tick at the test clock's time, then the sends it queued. */
  async tick(): Promise<void> {
    await this.t.app.get(PlannerService).runDue();
    await this.flush();
  }

  learnerRow(learnerId: number): Promise<LearnerEntity> {
    return this.t.app
      .get(DataSource)
      .getRepository(LearnerEntity)
      .findOneByOrFail({ id: learnerId });
  }

  async close(): Promise<void> {
    await this.t.close();
    this.restoreEnv();
  }

  private next<T extends unknown[]>(
    event: string,
    matches: (...args: T) => boolean,
  ): Promise<T[0]> {
    const wechaty = this.wechaty as unknown as NodeJS.EventEmitter;
    return new Promise((resolve) => {
      const listener = (...args: unknown[]) => {
        if (!matches(...(args as T))) return;
        wechaty.off(event, listener);
        resolve(args[0] as T[0]);
      };
      wechaty.on(event, listener);
    });
  }
}

function setEnv(values: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
