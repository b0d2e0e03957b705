import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import type { EnrollmentRecord, EnrollmentStatus, LearnerRecord } from '../../../core/records';
import {
  CohortLearnerFilter,
  EnrollmentRepository,
  Invitee,
  ScheduleInput,
} from '../../../modules/enrollment/enrollment.repository';
import { Database } from '../database';
import { CohortEntity, DailySessionEntity, EnrollmentEntity, LearnerEntity } from '../entities';
import { inBatches } from './batches';
import { insertRows, selectRowsIn, updateRowsById } from './row-batches';

type Learner = Pick<LearnerRecord, 'timezone' | 'deliveryTime'>;

@Injectable()
export class SqlEnrollmentRepository extends EnrollmentRepository {
  constructor(private readonly db: Database) {
    super();
  }

  ofLearner(learnerId: number): Promise<EnrollmentRecord[]> {
    return this.db.withManager((m) =>
      m.find(EnrollmentEntity, { where: { learnerId }, order: { id: 'ASC' } }),
    );
  }

  idsOfCohort(cohortId: number): Promise<number[]> {
    return this.db.withManager(async (m) =>
      (await m.find(EnrollmentEntity, { select: { id: true }, where: { cohortId } })).map(
        (e) => e.id,
      ),
    );
  }

  idsInCohort(cohortId: number, learnerIds: number[]): Promise<Map<number, number>> {
    return this.db.withManager(async (m) => {
      const rows = await selectRowsIn<{ id: number; learnerId: number }>(
        m,
        EnrollmentEntity,
        'learnerId',
        learnerIds,
        { columns: ['id', 'learnerId'], equal: { cohortId } },
      );
      return new Map(rows.map((row) => [row.learnerId, row.id]));
    });
  }

  insertMany(cohortId: number, learnerIds: number[], now: Date): Promise<void> {
    const rows = learnerIds.map((learnerId) => ({
      learnerId,
      cohortId,
      status: 'active',
      nextSessionAt: null,
      enrolledAt: now,
      completedAt: null,
      updatedAt: now,
    }));
    return this.db.withManager((m) => insertRows(m, EnrollmentEntity, rows));
  }

  setStatus(ids: number[], status: EnrollmentStatus, now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(ids))
        await m.update(EnrollmentEntity, { id: In(batch) }, { status, updatedAt: now });
    });
  }

  scheduleInputs(ids: number[]): Promise<ScheduleInput[]> {
    return this.db.withManager(async (m) => {
      const rows: Array<{ id: unknown; status: EnrollmentStatus; cohortId: unknown } & Learner> =
        [];
      for (const batch of inBatches(ids)) {
        rows.push(
          ...(await m
            .createQueryBuilder(EnrollmentEntity, 'e')
            .innerJoin('e.learner', 'l')
            .select(['e.id AS id', 'e.status AS status', 'e.cohort_id AS cohortId'])
            .addSelect(['l.timezone AS timezone', 'l.delivery_time AS deliveryTime'])
            .where('e.id IN (:...batch)', { batch })
            .getRawMany()),
        );
      }
      const cohortIds = [...new Set(rows.map((row) => Number(row.cohortId)))];
      const cohorts = new Map(
        (await m.findBy(CohortEntity, { id: In(cohortIds) })).map((c) => [c.id, c]),
      );
      return rows.map((row) => ({
        id: Number(row.id),
        status: row.status,
        learner: { timezone: row.timezone, deliveryTime: row.deliveryTime },
        cohort: cohorts.get(Number(row.cohortId))!,
      }));
    });
  }

  sessionsHeld(enrollmentIds: number[], localDates: string[]): Promise<Set<string>> {
    return this.db.withManager(async (m) => {
      const held = new Set<string>();
      for (const batch of inBatches(enrollmentIds)) {
        const rows = await m.find(DailySessionEntity, {
          select: { enrollmentId: true, localDate: true },
          where: { enrollmentId: In(batch), localDate: In(localDates) },
        });
        for (const row of rows) held.add(`${row.enrollmentId}|${row.localDate}`);
      }
      return held;
    });
  }

  setNextSessions(
    starts: Array<{ id: number; nextSessionAt: Date | null }>,
    now: Date,
  ): Promise<void> {
    return this.db.withManager((m) =>
      updateRowsById(m, EnrollmentEntity, starts, { updatedAt: now }),
    );
  }

  unboundInCohort(cohortId: number): Promise<Invitee[]> {
    return this.db.withManager((m) =>
      m
        .getRepository(LearnerEntity)
        .createQueryBuilder('l')
        .innerJoin(EnrollmentEntity, 'e', 'e.learner_id = l.id')
        .select(['l.id', 'l.externalId', 'l.name', 'l.botAccountId'])
        .where('e.cohort_id = :cohortId', { cohortId })
        .andWhere('e.status IN (:...open)', { open: ['active', 'paused'] })
        .andWhere('l.wechat_contact_id IS NULL AND l.erased_at IS NULL')
        .orderBy('e.id', 'ASC')
        .getMany(),
    );
  }

  pageInCohort(
    cohortId: number,
    filter: CohortLearnerFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: Array<EnrollmentRecord & { learner: LearnerRecord }>; total: number }> {
    return this.db.withManager(async (m) => {
      const matching = m
        .getRepository(EnrollmentEntity)
        .createQueryBuilder('e')
        .innerJoinAndSelect('e.learner', 'l')
        .where('e.cohort_id = :cohortId AND l.erased_at IS NULL', { cohortId });
      if (filter.status) matching.andWhere('e.status = :status', { status: filter.status });
      if (filter.bound === true) matching.andWhere('l.wechat_contact_id IS NOT NULL');
      if (filter.bound === false) matching.andWhere('l.wechat_contact_id IS NULL');
      if (filter.search) {
        // '!' escapes: a backslash means different things in MariaDB and SQLite string literals.
        const like = `%${filter.search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        matching.andWhere(
          new Brackets((q) =>
            q
              .where("LOWER(l.name) LIKE LOWER(:like) ESCAPE '!'", { like })
              .orWhere("LOWER(l.external_id) LIKE LOWER(:like) ESCAPE '!'", { like }),
          ),
        );
      }
      const total = await matching.clone().getCount();
      const items = await matching
        .orderBy('e.id', 'ASC')
        .skip(page.offset)
        .take(page.limit)
        .getMany();
      return { items: items as Array<EnrollmentEntity & { learner: LearnerEntity }>, total };
    });
  }
}
