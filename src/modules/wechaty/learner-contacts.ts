import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Clock } from '../../core/clock';
import type { LearnerRecord } from '../../core/records';
import { ContactAddress } from './chat-events';
import { LearnerContactRepository } from './learner-contact.repository';

/** Every alias the bot gives starts so; anything else is the learner's own remark. */
const ALIAS_PREFIX = 'sc-';

/**
 * Which learner a WeChat contact is, and back. A binding stores the contact id and a stable
 * alias; after a re-login gives the contact a new id, the alias finds the learner again and
 * the new id is stored.
 */
@Injectable()
export class LearnerContacts {
  constructor(
    private readonly learners: LearnerContactRepository,
    private readonly clock: Clock,
  ) {}

  /** A fresh alias for a contact about to be bound: random, so it says nothing about anyone. */
  newAlias(): string {
    return `${ALIAS_PREFIX}${randomBytes(6).toString('hex')}`;
  }

  /** The learner bound to this contact, found by id or, after a re-login, by alias; else null. */
  async learnerOf(contactId: string, alias: string | null): Promise<LearnerRecord | null> {
    return (await this.learners.byContactId(contactId)) ?? this.movedTo(contactId, alias);
  }

  /**
   * The learner a contact no learner has the id of is, found by the alias the bot gave them:
   * a re-login gave them a new contact id, which is stored. Else null.
   */
  async movedTo(contactId: string, alias: string | null): Promise<LearnerRecord | null> {
    if (!alias?.startsWith(ALIAS_PREFIX)) return null;
    const byAlias = await this.learners.byAlias(alias);
    if (byAlias) await this.moved(byAlias.id, contactId);
    return byAlias && { ...byAlias, wechatContactId: contactId };
  }

  async addressOf(learnerId: number): Promise<ContactAddress> {
    const learner = await this.learners.byId(learnerId);
    if (!learner?.wechatContactId && !learner?.wechatAlias) {
      throw new Error(`Learner #${learnerId} has no WeChat contact`);
    }
    return { contactId: learner.wechatContactId, alias: learner.wechatAlias };
  }

  /** Pins the learner to the account their code reached, unless they are pinned there already. */
  async pin(learner: LearnerRecord, accountId: number | null): Promise<LearnerRecord> {
    if (learner.botAccountId === accountId) return learner;
    await this.learners.pinToAccount(learner.id, accountId, this.clock.now());
    return { ...learner, botAccountId: accountId };
  }

  /** Stores the contact id the learner has now, after a re-login changed it. */
  async moved(learnerId: number, contactId: string): Promise<void> {
    await this.learners.setContactId(learnerId, contactId, this.clock.now());
  }
}
