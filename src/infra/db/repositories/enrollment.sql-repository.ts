import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import type { EnrollmentRecord, EnrollmentStatus, LearnerRecord } from '../../../core/records';
import {
  CohortLearnerFilter,
  EnrollmentRepository,
  EnrollmentWithParties,
  Invitee,
} from '../../../modules/enrollment/enrollment.repository';
import { Database } from '../database';
import { DailySessionEntity, EnrollmentEntity, LearnerEntity } from '../entities';
import { inBatches } from './batches';

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
      const found = new Map<number, number>();
      for (const batch of inBatches(learnerIds)) {
        const rows = await m.find(EnrollmentEntity, {
          select: { id: true, learnerId: true },
          where: { cohortId, learnerId: In(batch) },
        });
        for (const row of rows) found.set(row.learnerId, row.id);
      }
      return found;
    });
  }

  insertMany(cohortId: number, learnerIds: number[], now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(learnerIds)) {
        const rows = batch.map((learnerId) => ({
          learnerId,
          cohortId,
          status: 'active' as const,
          nextSessionAt: null,
          enrolledAt: now,
          completedAt: null,
          updatedAt: now,
        }));
        // Nothing to read back: callers find the new rows by learner.
        await m
          .createQueryBuilder()
          .insert()
          .into(EnrollmentEntity)
          .values(rows)
          .updateEntity(false)
          .execute();
      }
    });
  }

  setStatus(ids: number[], status: EnrollmentStatus, now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(ids))
        await m.update(EnrollmentEntity, { id: In(batch) }, { status, updatedAt: now });
    });
  }

  withParties(ids: number[]): Promise<EnrollmentWithParties[]> {
    return this.db.withManager(async (m) => {
      const found: EnrollmentWithParties[] = [];
      for (const batch of inBatches(ids)) {
        const rows = await m.find(EnrollmentEntity, {
          where: { id: In(batch) },
          relations: { learner: true, cohort: true },
        });
        for (const { learner, cohort, ...enrollment } of rows)
          if (learner && cohort) found.push({ enrollment, learner, cohort });
      }
      return found;
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

  setNextSession(ids: number[], at: Date | null, now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(ids))
        await m.update(EnrollmentEntity, { id: In(batch) }, { nextSessionAt: at, updatedAt: now });
    });
  }

  unboundInCohort(cohortId: number): Promise<Invitee[]> {
    return this.db.withManager((m) =>
      m
        .getRepository(LearnerEntity)
        .createQueryBuilder('l')
        .innerJoin(EnrollmentEntity, 'e', 'e.learner_id = l.id')
        .select(['l.id', 'l.externalId', 'l.name'])
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
