import { Injectable, Logger } from '@nestjs/common';
import { parseUnboundMessage } from '../../core/dialogue/command-parser';
import { alreadyBound, codeProblem, localize, sendYourCode, welcome } from '../../core/messages';
import type { LearnerRecord } from '../../core/records';
import { BindingService, BindResult } from '../enrollment/binding.service';
import { InboundMessage } from '../wechaty/chat-events';
import { LearnerContexts, UNKNOWN_CONTACT_LOCALE } from './learner-context';
import { LearnerContacts } from '../wechaty/learner-contacts';
import { errorLine } from '../../core/log-masking';
import { Replies } from './replies';
import { UnboundHints } from './unbound-hints';
import { BotPool } from '../wechaty/bot-pool';
import type { AccountKey } from '../delivery/outbox.repository';

/**
 * Contacts who have not joined yet: a code binds them, anything else gets the hint to send
 * one. The first session is left to the planner: binding schedules today's session when
 * today is a session day and none was held, and the next minute's tick starts it (right
 * away if its time has passed), so a learner joining at 08:00 gets the 09:00 lesson and one
 * joining at 14:00 gets today's within a minute.
 */
@Injectable()
export class Joining {
  private readonly logger = new Logger('WeChat');

  constructor(
    private readonly binding: BindingService,
    private readonly contacts: LearnerContacts,
    private readonly contexts: LearnerContexts,
    private readonly hints: UnboundHints,
    private readonly replies: Replies,
    private readonly bot: BotPool,
  ) {}

  async handle(message: InboundMessage): Promise<void> {
    const join = message.isText ? parseUnboundMessage(message.text) : null;
    if (join === null) {
      if (this.hints.take(message.contactId)) {
        const hint = sendYourCode(UNKNOWN_CONTACT_LOCALE);
        await this.replies.toContact(message.accountId, message.contactId, hint);
      }
      return;
    }
    const status = join.name === 'join' ? await this.join(join.code, message) : 'unknown';
    if (status === 'bound') return;
    const problem =
      status === 'contact-taken'
        ? alreadyBound(UNKNOWN_CONTACT_LOCALE)
        : codeProblem(UNKNOWN_CONTACT_LOCALE, status);
    await this.replies.toContact(message.accountId, message.contactId, problem);
  }

  /** Binds the contact with the code and welcomes the learner; says why not otherwise. */
  private async join(code: string, message: InboundMessage): Promise<BindResult['status']> {
    const result = await this.bind(code, message.contactId, message.accountId);
    if (result.status === 'bound') await this.welcome(result.learner);
    return result.status;
  }

  /**
   * The binding alone, for a friend request that must be accepted before anything is said.
   * The learner is pinned to the account the code reached: the one they are friends with.
   */
  async bind(code: string, contactId: string, accountId: AccountKey): Promise<BindResult> {
    const result = await this.binding.bind(code, contactId, this.contacts.newAlias());
    if (result.status !== 'bound') return result;
    return { ...result, learner: await this.contacts.pin(result.learner, accountId) };
  }

  /** Names the contact with the learner's alias, then queues the welcome with the commands. */
  async welcome(learner: LearnerRecord): Promise<void> {
    const { wechatContactId: contactId, wechatAlias: alias } = learner;
    if (contactId && alias) {
      // Without the alias only a re-login loses the learner, so joining goes on regardless.
      await this.bot.setAlias(learner.botAccountId, contactId, alias).catch((error: unknown) => {
        this.logger.warn(`Could not set the alias of learner #${learner.id}: ${errorLine(error)}`);
      });
    }
    const context = await this.contexts.load(learner.id);
    const { audience } = context;
    if (audience) {
      const text = welcome(context.locale, {
        name: learner.name ?? undefined,
        courseTitle: localize(audience.course.title, audience.locale, audience.fallback),
        deliveryTime: this.contexts.deliveryTime(audience),
      });
      const dedupeKey = `learner:${learner.id}:welcome:${alias}`;
      await this.replies.toLearner(learner.id, dedupeKey, 'welcome', text);
    }
    this.logger.log(`Learner #${learner.id} joined`);
  }
}
