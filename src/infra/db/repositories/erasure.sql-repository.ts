import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { ErasureRepository } from '../../../modules/admin/learners/erasure.repository';
import { Database } from '../database';
import {
  DailySessionEntity,
  EnrollmentCodeEntity,
  EnrollmentEntity,
  InboundMessageEntity,
  LearnerEntity,
  OutboxMessageEntity,
  ReviewLogEntity,
  SessionPromptEntity,
} from '../entities';
import { eraseTraces } from '../erase-traces';

@Injectable()
export class SqlErasureRepository extends ErasureRepository {
  constructor(private readonly db: Database) {
    super();
  }

  forgetPerson(learnerId: number, now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      await m.update(
        LearnerEntity,
        { id: learnerId },
        {
          externalId: null,
          name: null,
          locale: null,
          timezone: null,
          deliveryTime: null,
          wechatContactId: null,
          wechatAlias: null,
          boundAt: null,
          erasedAt: now,
          updatedAt: now,
        },
      );
      await m.update(
        EnrollmentCodeEntity,
        { learnerId, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
    });
  }

  stopTeaching(enrollmentIds: number[], now: Date): Promise<void> {
    if (enrollmentIds.length === 0) return Promise.resolve();
    const ids = In(enrollmentIds);
    return this.db.withManager(async (m) => {
      await m.update(
        EnrollmentEntity,
        { id: ids, status: In(['active', 'paused']) },
        { status: 'withdrawn', updatedAt: now },
      );
      await m.update(EnrollmentEntity, { id: ids }, { nextSessionAt: null });
      await m.update(
        SessionPromptEntity,
        { enrollmentId: ids, status: 'open' },
        { status: 'expired', closedAt: now },
      );
      await m.update(
        DailySessionEntity,
        { enrollmentId: ids, status: 'open' },
        { status: 'expired', reminderAt: null },
      );
    });
  }

  forgetWords(learnerId: number, enrollmentIds: number[]): Promise<void> {
    return this.db.withManager(async (m) => {
      if (enrollmentIds.length > 0) {
        await m.update(
          ReviewLogEntity,
          { enrollmentId: In(enrollmentIds) },
          { rawReply: null, inboundMessageId: null },
        );
      }
      await m.delete(InboundMessageEntity, { learnerId });
      await m.update(OutboxMessageEntity, { learnerId }, { body: '' });
      await m.delete(OutboxMessageEntity, { learnerId, status: In(['pending', 'failed']) });
    });
  }

  eraseTraces(): Promise<boolean> {
    return eraseTraces(this.db.dataSource);
  }
}
