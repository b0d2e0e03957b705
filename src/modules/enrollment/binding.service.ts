import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import type { LearnerRecord } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentRepository } from './enrollment.repository';
import { EnrollmentSchedules } from './enrollment-schedule';
import { LearnerRepository } from './learner.repository';

export type BindResult =
  | { status: 'bound'; learner: LearnerRecord }
  | { status: 'unknown' | 'expired' | 'used' | 'revoked' | 'contact-taken' };

/** Ties a chat contact to a learner through a one-time code; the first session follows. */
@Injectable()
export class BindingService {
  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly codes: EnrollmentCodes,
    private readonly schedules: EnrollmentSchedules,
    private readonly learners: LearnerRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  /** `alias` is the stable key the chat adapter sets on the contact, to find it again after a re-login. */
  bind(code: string, contactId: string, alias: string): Promise<BindResult> {
    const now = this.clock.now();
    return this.transactor.run(async () => {
      const found = await this.codes.lookup(code, now);
      if (found.status !== 'valid') return { status: found.status };
      const { learnerId } = found.code;
      const other = await this.learners.findLiveByContact(contactId);
      if (other && other.id !== learnerId) return { status: 'contact-taken' };
      await this.codes.markUsed(found.code.id, now);
      await this.learners.bind(learnerId, {
        wechatContactId: contactId,
        wechatAlias: alias,
        boundAt: now,
        updatedAt: now,
      });
      const enrollments = await this.enrollments.ofLearner(learnerId);
      await this.schedules.refresh(
        enrollments.map((e) => e.id),
        now,
      );
      const learner = await this.learners.findLive(learnerId);
      return { status: 'bound', learner: learner! };
    });
  }
}
