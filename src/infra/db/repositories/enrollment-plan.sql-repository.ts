import { Injectable } from '@nestjs/common';
import type { CohortRecord, EnrollmentLessonRecord, LearnerRecord } from '../../../core/records';
import {
  DeliveryTarget,
  EnrollmentPlanRepository,
  PlannedEnrollment,
} from '../../../modules/engine/enrollment-plan.repository';
import { Database } from '../database';
import { CohortEntity, EnrollmentEntity, EnrollmentLessonEntity, LearnerEntity } from '../entities';
import { lockSkipLocked } from '../locking';
import { findRow, findRowOrFail, findRows } from '../raw-reads';
import { insertRows } from '../raw-writes';
import { codecFor } from '../row-codec';

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

@Injectable()
export class SqlEnrollmentPlanRepository extends EnrollmentPlanRepository {
  constructor(private readonly db: Database) {
    super();
  }

  claimDue(now: Date, limit: number): Promise<number[]> {
    return this.db.withManager(async (m) => {
      const query = m
        .getRepository(EnrollmentEntity)
        .createQueryBuilder('e')
        .select('e.id', 'id')
        .where("e.status = 'active' AND e.next_session_at <= :now", { now })
        .orderBy('e.next_session_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .limit(limit);
      const rows: Array<{ id: number }> = await lockSkipLocked(query).getRawMany();
      return rows.map((r) => Number(r.id));
    });
  }

  activeIds(target: DeliveryTarget): Promise<number[]> {
    const where =
      'cohortId' in target
        ? { cohortId: target.cohortId, status: 'active' as const }
        : {
            learnerId: target.learnerId,
            status: 'active' as const,
            cohort: { status: 'active' as const },
          };
    return this.db.withManager(async (m) =>
      (await m.getRepository(EnrollmentEntity).find({ select: { id: true }, where })).map(
        (e) => e.id,
      ),
    );
  }

  /** Each learner and cohort row read once, however many enrolments share it. */
  withLearnersAndCohorts(ids: number[]): Promise<PlannedEnrollment[]> {
    return this.db.withManager(async (m) => {
      const enrollments = await findRows(m, EnrollmentEntity, { id: ids });
      const distinct = (values: number[]) => [...new Set(values)];
      const [learners, cohorts] = await Promise.all([
        findRows(m, LearnerEntity, { id: distinct(enrollments.map((e) => e.learnerId)) }),
        findRows(m, CohortEntity, { id: distinct(enrollments.map((e) => e.cohortId)) }),
      ]);
      const learnerById = new Map(learners.map((l) => [l.id, l]));
      const cohortById = new Map(cohorts.map((c) => [c.id, c]));
      return enrollments.map((e) =>
        Object.assign(e, {
          learner: learnerById.get(e.learnerId)!,
          cohort: cohortById.get(e.cohortId)!,
        }),
      );
    });
  }

  /** With bound values: an update built by TypeORM wrote its 500 ids into the SQL. */
  moveNextSessions(byStart: Map<number | null, number[]>): Promise<void> {
    return this.db.withManager(async (m) => {
      const codec = codecFor(m, EnrollmentEntity);
      for (const [start, ids] of byStart) {
        await m.query(
          `UPDATE enrollments SET next_session_at = ? WHERE id IN (${placeholders(ids)})`,
          [codec.encodeProperty('nextSessionAt', start === null ? null : new Date(start)), ...ids],
        );
      }
    });
  }

  deliveredLessons(enrollmentIds: number[]): Promise<Map<number, Set<number>>> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ enrollment_id: number; lesson_id: number }> = await m.query(
        `SELECT enrollment_id, lesson_id FROM enrollment_lessons WHERE enrollment_id IN (${placeholders(enrollmentIds)})`,
        enrollmentIds,
      );
      const byEnrollment = new Map<number, Set<number>>();
      for (const row of rows) {
        const id = Number(row.enrollment_id);
        const set = byEnrollment.get(id);
        if (set) set.add(Number(row.lesson_id));
        else byEnrollment.set(id, new Set([Number(row.lesson_id)]));
      }
      return byEnrollment;
    });
  }

  recordLessons(lessons: Array<Omit<EnrollmentLessonRecord, 'id'>>): Promise<void> {
    return this.db.withManager(async (m) => {
      await insertRows(m, EnrollmentLessonEntity, lessons);
    });
  }

  complete(enrollmentId: number, now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      await m.update(
        EnrollmentEntity,
        { id: enrollmentId },
        { status: 'completed', completedAt: now, nextSessionAt: null },
      );
    });
  }

  learner(id: number): Promise<LearnerRecord> {
    return this.db.withManager((m) => findRowOrFail(m, LearnerEntity, { id }));
  }

  cohort(id: number): Promise<CohortRecord | null> {
    return this.db.withManager((m) => findRow(m, CohortEntity, { id }));
  }
}
