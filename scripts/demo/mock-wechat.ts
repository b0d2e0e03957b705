import type { Message, Wechaty } from 'wechaty';
import type { mock } from 'wechaty-puppet-mock';
import { DemoApp } from './demo-app';

/** One line of a chat: who said what, and when by the demo's clock. */
export interface ChatLine {
  at: Date;
  from: 'bot' | 'learner';
  text: string;
}

const EVENT_TIMEOUT_MS = 5000;

/** The mock WeChat: the bot's account and the learners' phones, played by the demo. */
export class MockWeChat {
  private constructor(
    private readonly demo: DemoApp,
    private readonly mocker: mock.Mocker,
    readonly botUser: mock.ContactMock,
  ) {}

  static async login(demo: DemoApp): Promise<MockWeChat> {
    const mocker = await demo.mocker();
    const botUser = mocker.createContact({ name: 'Coach' });
    const wechat = new MockWeChat(demo, mocker, botUser);
    const loggedIn = wechat.next('login', () => true);
    mocker.login(botUser);
    await loggedIn;
    return wechat;
  }

  phone(name: string): Phone {
    return new Phone(this, this.demo, this.mocker.createContact({ name }));
  }

  /** Resolves when the bot receives the next message from this contact. */
  messageFrom(contactId: string): Promise<unknown> {
    return this.next('message', (m: Message) => m.talker().id === contactId && !m.self());
  }

  private next<T extends unknown[]>(
    event: string,
    matches: (...args: T) => boolean,
  ): Promise<void> {
    const wechaty = this.demo.bot.wechaty as Wechaty & NodeJS.EventEmitter;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No ${event} event came`)), EVENT_TIMEOUT_MS);
      const listener = (...args: unknown[]) => {
        if (!matches(...(args as T))) return;
        clearTimeout(timer);
        wechaty.off(event, listener);
        resolve();
      };
      wechaty.on(event, listener);
    });
  }
}

/** A learner's phone: what they send and what arrives, as a transcript. */
export class Phone {
  readonly transcript: ChatLine[] = [];

  constructor(
    private readonly wechat: MockWeChat,
    private readonly demo: DemoApp,
    private readonly contact: mock.ContactMock,
  ) {
    contact.on('message', (message) => {
      if (message.talker().id === contact.id) return;
      this.transcript.push({ at: demo.clock.now(), from: 'bot', text: message.text() ?? '' });
    });
  }

  /** The last thing the bot said. */
  lastReceived(): string {
    return this.transcript.filter((line) => line.from === 'bot').at(-1)?.text ?? '';
  }

  /** Says `text` to the bot and waits until it is handled and every reply is sent. */
  async say(text: string): Promise<void> {
    this.transcript.push({ at: this.demo.clock.now(), from: 'learner', text });
    const received = this.wechat.messageFrom(this.contact.id);
    this.contact.say(text).to(this.wechat.botUser);
    await received;
    await this.demo.bot.settled();
    await this.demo.send();
  }
}
