import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { CohortRecord, EnrollmentStatus } from '../../../core/records';
import {
  CohortPatch,
  CohortRepository,
  CohortStatusCount,
  NewCohortRecord,
} from '../../../modules/enrollment/cohort.repository';
import { Database } from '../database';
import { CohortEntity, CourseEntity, EnrollmentEntity } from '../entities';

@Injectable()
export class SqlCohortRepository extends CohortRepository {
  constructor(private readonly db: Database) {
    super();
  }

  create(cohort: NewCohortRecord): Promise<CohortRecord> {
    return this.db.withManager((m) => m.save(m.create(CohortEntity, cohort)));
  }

  find(id: number): Promise<CohortRecord | null> {
    return this.db.withManager((m) => m.findOneBy(CohortEntity, { id }));
  }

  list(): Promise<CohortRecord[]> {
    return this.db.withManager((m) => m.find(CohortEntity, { order: { id: 'ASC' } }));
  }

  async update(id: number, patch: CohortPatch): Promise<void> {
    await this.db.withManager((m) => m.update(CohortEntity, { id }, patch));
  }

  courseIsLive(courseId: string): Promise<boolean> {
    return this.db.withManager((m) =>
      m.existsBy(CourseEntity, { id: courseId, retiredAt: IsNull() }),
    );
  }

  statusCounts(cohortId?: number): Promise<CohortStatusCount[]> {
    return this.db.withManager(async (m) => {
      const query = m
        .getRepository(EnrollmentEntity)
        .createQueryBuilder('e')
        .innerJoin('e.learner', 'l')
        .select('e.cohort_id', 'cohortId')
        .addSelect('e.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('l.erased_at IS NULL')
        .groupBy('e.cohort_id')
        .addGroupBy('e.status');
      if (cohortId !== undefined) query.andWhere('e.cohort_id = :cohortId', { cohortId });
      const rows = await query.getRawMany<{ cohortId: unknown; status: string; count: unknown }>();
      return rows.map((row) => ({
        cohortId: Number(row.cohortId),
        status: row.status as EnrollmentStatus,
        count: Number(row.count),
      }));
    });
  }
}
