import { Injectable } from '@nestjs/common';
import { InboundMessage } from './chat-events';
import { InboundMessages, messageKey } from './inbound-messages';
import { Joining } from './joining.service';
import { LearnerContacts } from './learner-contacts';
import { LearnerDialogue } from './learner-dialogue';

/**
 * Every chat message the bot receives: its own and group messages are ignored; each other
 * one is recorded once, then goes to the dialogue of a learner or to joining.
 */
@Injectable()
export class InboundMessageHandler {
  constructor(
    private readonly contacts: LearnerContacts,
    private readonly inbound: InboundMessages,
    private readonly dialogue: LearnerDialogue,
    private readonly joining: Joining,
  ) {}

  async handle(message: InboundMessage): Promise<void> {
    // The bot receives its own replies too; groups are not where anyone learns.
    if (message.isSelf || message.isRoom) return;
    const learner = await this.contacts.learnerOf(message.contactId, message.contactAlias);
    const key = messageKey(message.messageId);
    if (!(await this.inbound.recordOnce(key, learner?.id ?? null))) return;
    try {
      if (learner) await this.dialogue.handle(learner, message, key);
      else await this.joining.handle(message);
    } catch (error) {
      // Forgotten, so that the puppet delivering it again gets another try.
      await this.inbound.forget(key);
      throw error;
    }
  }
}
