import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { Transactor } from '../../core/transactor';
import { errorLine } from '../../core/log-masking';
import { withTimeout } from '../../infra/timeout';
import { Outbox } from '../delivery/outbox';
import type { AccountKey } from '../delivery/outbox.repository';
import { BotPool } from '../wechaty/bot-pool';
import { SEND_TIMEOUT_MS } from '../wechaty/wechaty-chat-channel';

/** Where the dialogue's answers go. */
@Injectable()
export class Replies {
  private readonly logger = new Logger('WeChat');

  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly bot: BotPool,
  ) {}

  /**
   * To a learner, through the outbox like every lesson: within the account's send rate, in
   * order with their other messages, retried; `dedupeKey` makes a second queueing a no-op.
   */
  async toLearner(learnerId: number, dedupeKey: string, kind: string, body: string): Promise<void> {
    const now = this.clock.now();
    await this.transactor.run(() =>
      this.outbox.enqueue([{ learnerId, dedupeKey, kind, body }], now),
    );
  }

  /**
   * To a contact who has not joined: no learner to queue for, so straight through the account
   * the contact wrote to.
   */
  async toContact(accountId: AccountKey, contactId: string, body: string): Promise<void> {
    try {
      const sent = this.bot.say(accountId, { contactId, alias: null }, body);
      await withTimeout(sent, SEND_TIMEOUT_MS, 'A reply');
    } catch (error) {
      this.logger.warn(`A reply to a contact who has not joined failed: ${errorLine(error)}`);
    }
  }
}
