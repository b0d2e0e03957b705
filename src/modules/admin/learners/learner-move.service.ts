import { Injectable } from '@nestjs/common';
import { Clock } from '../../../core/clock';
import { DomainError } from '../../../core/errors';
import { Transactor } from '../../../core/transactor';
import { AccountPinning, toRef } from '../../bot-accounts/account-pinning';
import { EnrollmentCodes } from '../../enrollment/enrollment-codes';
import { LearnerRepository } from '../../enrollment/learner.repository';
import { LearnerMoveResponse } from './dto/learner-move.dto';

/**
 * HR moves a learner to another bot account: a WeChat contact belongs to one account, so the
 * learner joins again there with a new code; their waiting messages go with them.
 */
@Injectable()
export class LearnerMoveService {
  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly learners: LearnerRepository,
    private readonly codes: EnrollmentCodes,
    private readonly pinning: AccountPinning,
  ) {}

  async move(learnerId: number, botAccountId: number): Promise<LearnerMoveResponse> {
    const now = this.clock.now();
    return this.transactor.run(async () => {
      // Locked first, as a reissue is, so an erasure running beside it waits or goes first.
      const learner = await this.learners.findLive(learnerId, { forUpdate: true });
      if (!learner) throw new DomainError('not-found', `Learner ${learnerId} does not exist`);
      const account = await this.pinning.enabledAccount(botAccountId);
      if (learner.botAccountId === botAccountId) {
        throw new DomainError(
          'conflict',
          `Learner ${learnerId} is on bot account ${botAccountId} already`,
          [{ field: 'botAccountId', message: 'is the learner’s account already' }],
        );
      }
      await this.learners.bind(learnerId, {
        wechatContactId: null,
        wechatAlias: null,
        boundAt: null,
        updatedAt: now,
      });
      const messagesMoved = await this.pinning.repin(learnerId, botAccountId);
      const { code, expiresAt } = await this.codes.issue(learnerId, now);
      return { learnerId, botAccount: toRef(account), code, expiresAt, messagesMoved };
    });
  }
}
