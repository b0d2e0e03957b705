import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import type { CohortRecord } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { Outbox } from '../delivery/outbox';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { CurriculumCache } from './curriculum';
import { CurriculumRepository } from './curriculum.repository';
import { DeliveryTarget, EnrollmentPlanRepository } from './enrollment-plan.repository';
import { SessionRepository } from './session.repository';
import { SessionStarter, StartOutcome } from './session-starter';
import { SessionTexts } from './session-texts';

export const PLANNER_BATCH = 500;

export type PlannerCounts = Record<StartOutcome, number> & { expired: number; reminded: number };

const emptyCounts = (): PlannerCounts => ({
  started: 0,
  'already-today': 0,
  'nothing-due': 0,
  'day-off': 0,
  'not-bound': 0,
  expired: 0,
  reminded: 0,
});

/**
 * Decides, every minute, who starts a session now, which prompts expire and who gets a
 * reminder. Safe to run twice or on two processes: claims skip locked rows, and the unique
 * (enrollment, local date) session index is the last guard.
 */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger('Planner');
  /** Enrollments claimed and started per transaction. */
  batchSize = PLANNER_BATCH;

  constructor(
    private readonly transactor: Transactor,
    private readonly plans: EnrollmentPlanRepository,
    private readonly sessions: SessionRepository,
    private readonly content: CurriculumRepository,
    private readonly clock: Clock,
    private readonly starter: SessionStarter,
    private readonly outbox: Outbox,
    private readonly texts: SessionTexts,
    private readonly enrollments: EnrollmentService,
  ) {}

  async runDue(): Promise<PlannerCounts> {
    const now = this.clock.now();
    const counts = emptyCounts();
    const curricula = new CurriculumCache(this.content);
    for (;;) {
      // Counted once committed: a batch retried after a deadlock must not count twice.
      const { claimed, outcomes } = await this.inBatch(async () => {
        const ids = await this.plans.claimDue(now, this.batchSize);
        return { claimed: ids.length, outcomes: await this.starter.start(ids, now, curricula) };
      });
      for (const outcome of outcomes.values()) counts[outcome]++;
      if (claimed < this.batchSize) break;
    }
    counts.expired = await this.expire(now);
    counts.reminded = await this.remind(now);
    if (counts.started + counts.expired + counts.reminded > 0) {
      this.logger.log(
        `started ${counts.started}, expired ${counts.expired}, reminded ${counts.reminded}`,
      );
    }
    return counts;
  }

  /** Starts today's session at once for a cohort or one learner, even on a day off. */
  async deliverNow(target: DeliveryTarget): Promise<PlannerCounts> {
    const ids = await this.plans.activeIds(
      'cohortId' in target
        ? { cohortId: (await this.runningCohort(target.cohortId)).id }
        : { learnerId: (await this.enrollments.liveLearner(target.learnerId)).id },
    );
    const now = this.clock.now();
    const counts = emptyCounts();
    const curricula = new CurriculumCache(this.content);
    for (let i = 0; i < ids.length; i += PLANNER_BATCH) {
      const outcomes = await this.inBatch(() =>
        this.starter.start(ids.slice(i, i + PLANNER_BATCH), now, curricula, { force: true }),
      );
      for (const outcome of outcomes.values()) counts[outcome]++;
    }
    return counts;
  }

  /**
   * One batch's transaction; READ COMMITTED on MySQL/MariaDB. A batch moves its enrollments'
   * next_session_at in one statement, and under REPEATABLE READ the gap locks that another
   * planner's claim holds on that index make the two deadlock. Claimed rows stay locked
   * either way; SQLite has a single writer and needs no level.
   */
  private inBatch<T>(work: () => Promise<T>): Promise<T> {
    return this.transactor.run(work, { isolation: 'read-committed' });
  }

  /** Unanswered prompts lapse at the end of the local day; their cards simply stay due. */
  private async expire(now: Date): Promise<number> {
    let expired = 0;
    for (;;) {
      const batch = await this.transactor.run(() => this.sessions.expireDue(now, this.batchSize));
      expired += batch;
      if (batch < this.batchSize) return expired;
    }
  }

  /** One reminder for a learner who has not answered anything today. */
  private async remind(now: Date): Promise<number> {
    let reminded = 0;
    for (;;) {
      const batch = await this.remindBatch(now);
      reminded += batch;
      if (batch < this.batchSize) return reminded;
    }
  }

  private async remindBatch(now: Date): Promise<number> {
    return this.transactor.run(async () => {
      const sessions = await this.sessions.remindable(now, this.batchSize);
      for (const session of sessions) {
        const prompt = await this.sessions.openPromptIn(session.id);
        await this.sessions.clearReminder(session.id);
        if (!prompt || !session.enrollment) continue;
        const body = await this.texts.reminder(session.enrollment, session, prompt);
        await this.outbox.enqueue(
          [
            {
              learnerId: session.enrollment.learnerId,
              dedupeKey: `session:${session.id}:reminder`,
              kind: 'reminder',
              body,
            },
          ],
          now,
        );
      }
      return sessions.length;
    });
  }

  /** A paused or archived cohort gets no session, not even on request. */
  private async runningCohort(id: number): Promise<CohortRecord> {
    const cohort = await this.plans.cohort(id);
    if (!cohort) throw new DomainError('not-found', `Cohort ${id} does not exist`);
    if (cohort.status !== 'active') {
      throw new DomainError(
        'conflict',
        `Cohort ${id} is ${cohort.status}: it gets no sessions until its status is active again`,
      );
    }
    return cohort;
  }
}
