import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ChatChannel, OutgoingMessage, ReadyAccount } from '../delivery/chat-channel';
import { LearnerContacts } from './learner-contacts';
import { withTimeout } from '../../infra/timeout';
import { BotPool } from './bot-pool';

/** How long one send may take; never more than a quarter of the outbox lease. */
export const SEND_TIMEOUT_MS = 30_000;

/** The outbox's way out to WeChat: a learner's number becomes their contact, then a message. */
@Injectable()
export class WechatyChatChannel extends ChatChannel {
  /** Well inside the outbox lease, so that a slow send is never sent twice at once. */
  private readonly timeoutMs: number;

  constructor(
    private readonly bot: BotPool,
    private readonly contacts: LearnerContacts,
    config: AppConfig,
  ) {
    super();
    // Renewed three times a lease, an account has two thirds of it left when a send starts.
    this.timeoutMs = Math.min(SEND_TIMEOUT_MS, config.outboxLeaseMs / 4, config.botLeaseMs / 2);
  }

  async send(message: OutgoingMessage): Promise<void> {
    const address = await this.contacts.addressOf(message.learnerId);
    const reached = await withTimeout(
      this.bot.say(message.botAccountId, address, message.body),
      this.timeoutMs,
      `Sending message #${message.id}`,
    );
    if (reached !== address.contactId) await this.contacts.moved(message.learnerId, reached);
  }

  override forgetContact(contactId: string): Promise<void> {
    return this.bot.forgetContact(contactId);
  }

  /** While no account is logged in, the outbox waits instead of spending attempts. */
  isReady(): boolean {
    return this.bot.isLoggedIn();
  }

  readyAccounts(): ReadyAccount[] {
    return this.bot.readyAccounts();
  }
}
