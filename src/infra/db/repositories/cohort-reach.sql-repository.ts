import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { CohortReachRepository } from '../../../modules/auth/cohort-reach.repository';
import { Database } from '../database';
import { CohortEntity, EnrollmentEntity, OutboxMessageEntity } from '../entities';

@Injectable()
export class SqlCohortReachRepository extends CohortReachRepository {
  constructor(private readonly db: Database) {
    super();
  }

  existingCohorts(cohortIds: number[]): Promise<number[]> {
    return this.db.withManager(async (m) =>
      (await m.find(CohortEntity, { select: { id: true }, where: { id: In(cohortIds) } })).map(
        (c) => c.id,
      ),
    );
  }

  learnerOfDelivery(deliveryId: number): Promise<number | undefined> {
    return this.db.withManager(
      async (m) =>
        (
          await m.findOne(OutboxMessageEntity, {
            select: { learnerId: true },
            where: { id: deliveryId },
          })
        )?.learnerId,
    );
  }

  isEnrolledInAny(learnerId: number, cohortIds: number[]): Promise<boolean> {
    return this.db.withManager((m) =>
      m.existsBy(EnrollmentEntity, { learnerId, cohortId: In(cohortIds) }),
    );
  }
}
