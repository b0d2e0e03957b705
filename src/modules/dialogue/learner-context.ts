import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import { Locale } from '../../core/content/course-model';
import { localDateOf } from '../../core/planning/local-time';
import type { EnrollmentRecord, LearnerRecord } from '../../core/records';
import type { OpenPrompt } from '../engine/grading.service';
import { SessionFlow } from '../engine/session-flow';
import { Audience, SessionTexts } from '../engine/session-texts';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';
import { LearnerContacts } from '../wechaty/learner-contacts';
import { CurrentEnrollment, LearnerContextRepository } from './learner-context.repository';

/** The language of people the bot knows nothing about yet: the service is for Shanghai teams. */
export const UNKNOWN_CONTACT_LOCALE: Locale = 'zh';

/** A learner writing to the bot, with the enrolment the conversation is about. */
export interface LearnerContext {
  learner: LearnerRecord;
  /** The active enrolment, else a paused one, else the latest (see LearnerContextRepository). */
  enrollment: EnrollmentRecord | null;
  audience: Audience | null;
  locale: Locale;
  zone: string;
  /** The newest open prompt, read with the enrolment: what an answer answers. */
  openPrompt: OpenPrompt | null;
}

@Injectable()
export class LearnerContexts {
  constructor(
    private readonly reads: LearnerContextRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly flow: SessionFlow,
    private readonly texts: SessionTexts,
    private readonly schedules: EnrollmentSchedules,
    private readonly contacts: LearnerContacts,
  ) {}

  /** The context of a learner, by id or as already read. */
  async load(learnerOrId: number | LearnerRecord): Promise<LearnerContext> {
    const learner =
      typeof learnerOrId === 'number' ? await this.reads.learner(learnerOrId) : learnerOrId;
    return this.contextOf(learner, await this.reads.current(learner.id));
  }

  /**
   * The context of whoever writes from this contact, read with the learner in one go; null
   * for someone who is no learner (yet), see LearnerContacts.learnerOf.
   */
  async ofContact(contactId: string, alias: string | null): Promise<LearnerContext | null> {
    const read = await this.reads.ofContact(contactId);
    if (read) return this.contextOf(read.learner, read.current);
    const moved = await this.contacts.movedTo(contactId, alias);
    return moved && this.load(moved);
  }

  private async contextOf(
    learner: LearnerRecord,
    current: CurrentEnrollment | null,
  ): Promise<LearnerContext> {
    if (!current) {
      const locale = learner.locale === 'en' ? 'en' : UNKNOWN_CONTACT_LOCALE;
      return {
        learner,
        enrollment: null,
        audience: null,
        locale,
        zone: this.config.defaultTimezone,
        openPrompt: null,
      };
    }
    const { enrollment, cohort, course, openPrompt } = current;
    const audience = await this.texts.audience(enrollment, { learner, cohort, course });
    const zone = this.schedules.zoneOf(audience.cohort, learner);
    return { learner, enrollment, audience, locale: audience.locale, zone, openPrompt };
  }

  /** "tomorrow 09:00", "Mon 09:00", or "-" when nothing is scheduled. */
  nextSession(context: LearnerContext): string {
    const { enrollment, audience, zone } = context;
    if (!enrollment || !audience) return '-';
    return this.flow.nextSessionLabel(audience, enrollment, localDateOf(this.clock.now(), zone));
  }

  /** Whether the next session starts later today: then extra practice waits for it. */
  sessionLaterToday(context: LearnerContext): boolean {
    const next = context.enrollment?.nextSessionAt;
    const now = this.clock.now();
    return (
      !!next && next > now && localDateOf(next, context.zone) === localDateOf(now, context.zone)
    );
  }

  /** The learner's daily time, their own or their cohort's. */
  deliveryTime(audience: Audience): string {
    return this.schedules.scheduleFor(audience.cohort, audience.learner).deliveryTime;
  }
}
