import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import {
  CohortEntity,
  DailySessionEntity,
  EnrollmentEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { findRow } from '../../infra/db/raw-reads';
import { updateById } from '../../infra/db/raw-writes';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { CurriculumCache } from './curriculum';
import { lockSkipLocked } from '../../infra/db/locking';
import { Outbox } from './outbox';
import { SessionStarter, StartOutcome } from './session-starter';
import { SessionTexts } from './session-texts';
import { Database } from '../../infra/db/database';
import { runTransaction } from '../../infra/db/transactions';

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
    private readonly dataSource: DataSource,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly starter: SessionStarter,
    private readonly outbox: Outbox,
    private readonly texts: SessionTexts,
    private readonly enrollments: EnrollmentService,
  ) {}

  async runDue(): Promise<PlannerCounts> {
    const now = this.clock.now();
    const counts = emptyCounts();
    const curricula = new CurriculumCache(this.dataSource);
    for (;;) {
      // Counted once committed: a batch retried after a deadlock must not count twice.
      const { claimed, outcomes } = await this.inBatch(async (m) => {
        const ids = await this.claimDue(m, now);
        return { claimed: ids.length, outcomes: await this.starter.start(m, ids, now, curricula) };
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
  async deliverNow(target: { cohortId: number } | { learnerId: number }): Promise<PlannerCounts> {
    const where =
      'cohortId' in target
        ? { cohortId: (await this.runningCohort(target.cohortId)).id, status: 'active' as const }
        : {
            learnerId: (await this.enrollments.liveLearner(target.learnerId)).id,
            status: 'active' as const,
            cohort: { status: 'active' as const },
          };
    const ids = (
      await this.dataSource.getRepository(EnrollmentEntity).find({ select: { id: true }, where })
    ).map((e) => e.id);
    const now = this.clock.now();
    const counts = emptyCounts();
    const curricula = new CurriculumCache(this.dataSource);
    for (let i = 0; i < ids.length; i += PLANNER_BATCH) {
      const outcomes = await this.inBatch((m) =>
        this.starter.start(m, ids.slice(i, i + PLANNER_BATCH), now, curricula, { force: true }),
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
  private inBatch<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(() => this.db.withManager(work), true);
  }

  /** A unit of work the outbox's queued messages join. */
  private inUnit<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(() => this.db.withManager(work));
  }

  private async claimDue(m: EntityManager, now: Date): Promise<number[]> {
    const query = m
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where("e.status = 'active' AND e.next_session_at <= :now", { now })
      .orderBy('e.next_session_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(this.batchSize);
    const rows: Array<{ id: number }> = await lockSkipLocked(query).getRawMany();
    return rows.map((r) => Number(r.id));
  }

  /** Unanswered prompts lapse at the end of the local day; their cards simply stay due. */
  private async expire(now: Date): Promise<number> {
    let expired = 0;
    for (;;) {
      const batch = await runTransaction(this.dataSource, async (m) => {
        const sessions = await m.find(DailySessionEntity, {
          select: { id: true },
          where: { status: 'open', expiresAt: LessThanOrEqual(now) },
          take: this.batchSize,
        });
        const ids = sessions.map((s) => s.id);
        if (ids.length === 0) return 0;
        await m.update(
          SessionPromptEntity,
          { sessionId: In(ids), status: 'open' },
          { status: 'expired', closedAt: now },
        );
        await m.update(DailySessionEntity, { id: In(ids), status: 'open' }, { status: 'expired' });
        return ids.length;
      });
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
    return this.inUnit(async (m) => {
      const sessions = await m.find(DailySessionEntity, {
        where: { status: 'open', answered: 0, reminderAt: LessThanOrEqual(now) },
        relations: { enrollment: true },
        take: this.batchSize,
      });
      for (const session of sessions) {
        const prompt = await findRow(m, SessionPromptEntity, {
          sessionId: session.id,
          status: 'open',
        });
        await updateById(m, DailySessionEntity, session.id, { reminderAt: null });
        if (!prompt || !session.enrollment) continue;
        const body = await this.texts.reminder(m, session.enrollment, session, prompt);
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
  private async runningCohort(id: number): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id });
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
