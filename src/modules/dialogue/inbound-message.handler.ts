import { Injectable } from '@nestjs/common';
import { isDatabaseOutage } from '../../core/database-outage';
import { InboundMessage } from '../wechaty/chat-events';
import { InboundMessages, messageKey } from './inbound-messages';
import { InboundSpool } from './inbound-spool';
import { Joining } from './joining.service';
import { LearnerContexts } from './learner-context';
import { LearnerDialogue } from './learner-dialogue';

/** The database went away after a message was recorded, and the record could not be undone. */
class HandlingInterrupted extends Error {
  constructor(cause: unknown) {
    super('The database went away while a chat message was handled', { cause });
  }
}

/**
 * Every chat message the bot receives: its own and group messages are ignored; each other
 * one is recorded once, then goes to the dialogue of a learner or to joining. While the
 * database is unreachable, or older messages still wait, it goes to the spool instead.
 */
@Injectable()
export class InboundMessageHandler {
  constructor(
    private readonly contexts: LearnerContexts,
    private readonly inbound: InboundMessages,
    private readonly dialogue: LearnerDialogue,
    private readonly joining: Joining,
    private readonly spool: InboundSpool,
  ) {}

  async handle(message: InboundMessage): Promise<void> {
    // The bot receives its own replies too; groups are not where anyone learns.
    if (message.isSelf || message.isRoom) return;
    // Behind the messages already waiting, so that each learner's stay in order.
    if (this.spool.waiting > 0) return this.spool.keep(message, false);
    try {
      await this.process(message, false);
    } catch (error) {
      if (!isDatabaseOutage(error)) throw error;
      this.spool.keep(message, error instanceof HandlingInterrupted);
    }
  }

  /**
   * Handles a message once: a second delivery finds its record and stops. `interrupted`
   * (a spooled message whose handling had begun) drops that record first; what the first
   * attempt did is not done twice (an answer is graded once per message id, a reply is
   * queued once per message id).
   */
  async process(message: InboundMessage, interrupted: boolean): Promise<void> {
    const context = await this.contexts.ofContact(message.contactId, message.contactAlias);
    const key = messageKey(message.messageId);
    if (interrupted) await this.inbound.forget(key);
    if (!(await this.inbound.recordOnce(key, context?.learner.id ?? null))) return;
    try {
      if (context) await this.dialogue.handle(context, message, key);
      else await this.joining.handle(message);
    } catch (error) {
      await this.forget(key);
      throw error;
    }
  }

  /** Forgets a failed message, so that a redelivery or the spool gets another try. */
  private async forget(key: string): Promise<void> {
    try {
      await this.inbound.forget(key);
    } catch (error) {
      if (isDatabaseOutage(error)) throw new HandlingInterrupted(error);
      throw error;
    }
  }
}
