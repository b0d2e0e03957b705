import { Injectable } from '@nestjs/common';
import { ChatChannel, OutgoingMessage } from '../delivery/chat-channel';
import { LearnerContacts } from './learner-contacts';
import { withTimeout } from './timeout';
import { WechatyBot } from './wechaty-bot';

/** Well inside the outbox's 2-minute lease, so a slow send is never sent twice at once. */
export const SEND_TIMEOUT_MS = 30_000;

/** The outbox's way out to WeChat: a learner's number becomes their contact, then a message. */
@Injectable()
export class WechatyChatChannel extends ChatChannel {
  constructor(
    private readonly bot: WechatyBot,
    private readonly contacts: LearnerContacts,
  ) {
    super();
  }

  async send(message: OutgoingMessage): Promise<void> {
    const address = await this.contacts.addressOf(message.learnerId);
    const reached = await withTimeout(
      this.bot.say(address, message.body),
      SEND_TIMEOUT_MS,
      `Sending message #${message.id}`,
    );
    if (reached !== address.contactId) await this.contacts.moved(message.learnerId, reached);
  }

  override forgetContact(contactId: string): Promise<void> {
    return this.bot.forgetContact(contactId);
  }

  /** While the bot is logged out, the outbox waits instead of spending attempts. */
  isReady(): boolean {
    return this.bot.isLoggedIn();
  }
}
