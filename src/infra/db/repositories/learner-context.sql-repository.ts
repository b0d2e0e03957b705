import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EnrollmentRecord, LearnerRecord } from '../../../core/records';
import { Audience, SessionTexts } from '../../../modules/delivery/session-texts';
import { LearnerContextRepository } from '../../../modules/dialogue/learner-context.repository';
import { Database } from '../database';
import { EnrollmentEntity, LearnerEntity } from '../entities';
import { findRows } from '../raw-reads';

@Injectable()
export class SqlLearnerContextRepository extends LearnerContextRepository {
  constructor(
    private readonly db: Database,
    private readonly modules: ModuleRef,
  ) {
    super();
  }

  learner(learnerId: number): Promise<LearnerRecord> {
    return this.db.withManager((m) => m.findOneByOrFail(LearnerEntity, { id: learnerId }));
  }

  enrollmentsOf(learnerId: number): Promise<EnrollmentRecord[]> {
    return this.db.withManager((m) => findRows(m, EnrollmentEntity, { learnerId }));
  }

  /**
   * SessionTexts owns the rule for the language and reads with the caller's manager; it is
   * reached here, where the manager is, so that the dialogue holds none.
   */
  audienceOf(enrollment: EnrollmentRecord, learner: LearnerRecord): Promise<Audience> {
    const texts = this.modules.get(SessionTexts, { strict: false });
    return this.db.withManager((m) => texts.audience(m, enrollment, { learner }));
  }
}
