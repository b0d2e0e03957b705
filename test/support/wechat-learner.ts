import type { FileBoxInterface } from 'file-box';
import type { mock } from 'wechaty-puppet-mock';
import type { WechatHarness } from './wechat-harness';

/** A learner's phone on the mock WeChat: says things to the bot and keeps what comes back. */
export class WechatLearner {
  /** Every text the bot sent this contact, in order. */
  readonly received: string[] = [];

  constructor(
    private readonly harness: WechatHarness,
    readonly contact: mock.ContactMock,
  ) {
    contact.on('message', (message) => {
      if (message.talker().id !== contact.id) this.received.push(message.text() ?? '');
    });
  }

  /**
   * Says `what` to the bot, waits until the bot has handled it and the outbox has sent the
   * replies, and returns what arrived meanwhile.
   */
  async say(what: string | FileBoxInterface): Promise<string[]> {
    const before = this.received.length;
    const received = this.harness.messageFrom(this.contact.id);
    this.contact.say(what).to(this.harness.botUser);
    await this.settle(received);
    return this.received.slice(before);
  }

  /** Says `text` in a group the bot is in. */
  async sayInRoom(room: mock.RoomMock, text: string): Promise<string[]> {
    const before = this.received.length;
    const received = this.harness.messageFrom(this.contact.id);
    this.contact.say(text).to(room);
    await this.settle(received);
    return this.received.slice(before);
  }

  /** Says `text` once, and the puppet delivers it twice, as puppets sometimes do. */
  async sayTwiceDelivered(text: string): Promise<string[]> {
    const before = this.received.length;
    const first = this.harness.messageFrom(this.contact.id);
    this.contact.say(text).to(this.harness.botUser);
    const message = await first;
    const second = this.harness.messageFrom(this.contact.id);
    this.harness.mocker.puppet.emit('message', { messageId: message.id });
    await this.settle(second);
    return this.received.slice(before);
  }

  private async settle(received: Promise<unknown>): Promise<void> {
    await received;
    await this.harness.bot.settled();
    await this.harness.flush();
  }
}
