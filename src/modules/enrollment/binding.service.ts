import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '../../core/clock';
import { EnrollmentEntity, LearnerEntity } from '../../infra/db/entities';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';
import { runTransaction } from '../../infra/db/transactions';

export type BindResult =
  | { status: 'bound'; learner: LearnerEntity }
  | { status: 'unknown' | 'expired' | 'used' | 'revoked' | 'contact-taken' };

/** Ties a chat contact to a learner through a one-time code; the first session follows. */
@Injectable()
export class BindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly codes: EnrollmentCodes,
    private readonly schedules: EnrollmentSchedules,
  ) {}

  /** `alias` is the stable key the chat adapter sets on the contact, to find it again after a re-login. */
  bind(code: string, contactId: string, alias: string): Promise<BindResult> {
    const now = this.clock.now();
    return runTransaction(this.dataSource, async (m) => {
      const found = await this.codes.lookup(m, code, now);
      if (found.status !== 'valid') return { status: found.status };
      const other = await m.findOneBy(LearnerEntity, {
        wechatContactId: contactId,
        erasedAt: IsNull(),
      });
      if (other && other.id !== found.code.learnerId) return { status: 'contact-taken' };
      await this.codes.markUsed(m, found.code.id, now);
      await m.update(
        LearnerEntity,
        { id: found.code.learnerId },
        { wechatContactId: contactId, wechatAlias: alias, boundAt: now, updatedAt: now },
      );
      const enrollments = await m.find(EnrollmentEntity, {
        select: { id: true },
        where: { learnerId: found.code.learnerId },
      });
      await this.schedules.refresh(
        m,
        enrollments.map((e) => e.id),
        now,
      );
      return {
        status: 'bound',
        learner: await m.findOneByOrFail(LearnerEntity, { id: found.code.learnerId }),
      };
    });
  }
}
