import { Injectable } from '@nestjs/common';
import type { EnrollmentRecord, LearnerRecord } from '../../../core/records';
import { LearnerContextRepository } from '../../../modules/dialogue/learner-context.repository';
import { Database } from '../database';
import { EnrollmentEntity, LearnerEntity } from '../entities';
import { findRows } from '../raw-reads';

@Injectable()
export class SqlLearnerContextRepository extends LearnerContextRepository {
  constructor(private readonly db: Database) {
    super();
  }

  learner(learnerId: number): Promise<LearnerRecord> {
    return this.db.withManager((m) => m.findOneByOrFail(LearnerEntity, { id: learnerId }));
  }

  enrollmentsOf(learnerId: number): Promise<EnrollmentRecord[]> {
    return this.db.withManager((m) => findRows(m, EnrollmentEntity, { learnerId }));
  }
}
