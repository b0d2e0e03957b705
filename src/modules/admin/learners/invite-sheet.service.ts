import { Injectable } from '@nestjs/common';
import { Clock } from '../../../core/clock';
import { Transactor } from '../../../core/transactor';
import { AccountPinning } from '../../bot-accounts/account-pinning';
import { BotAccountRef } from '../../bot-accounts/dto/bot-account-ref.response';
import { CohortService } from '../../enrollment/cohort.service';
import { EnrollmentCodes } from '../../enrollment/enrollment-codes';
import { BotStatus } from '../../../core/bot-status';
import { EnrollmentRepository, Invitee } from '../../enrollment/enrollment.repository';
import { InviteResponse, InvitesResponse } from './dto/invite.response';

/** The learners of a cohort who have not joined yet, with the code each sends the bot. */
@Injectable()
export class InviteSheetService {
  constructor(
    private readonly transactor: Transactor,
    private readonly enrollments: EnrollmentRepository,
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly codes: EnrollmentCodes,
    private readonly bot: BotStatus,
    private readonly pinning: AccountPinning,
  ) {}

  /** Codes that still work as stored; none for a learner without one (reissue them). */
  async invites(cohortId: number): Promise<InvitesResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const invitees = await this.enrollments.unboundInCohort(cohortId);
    // One unit, so a reissue running beside it cannot show half the sheet old and half new.
    const live = await this.transactor.run(() =>
      this.codes.liveCodes(
        invitees.map((l) => l.id),
        this.clock.now(),
      ),
    );
    const refOf = await this.pinning.refs();
    return this.sheet(cohort.id, cohort.timezone, invitees, refOf, (id) => live.get(id) ?? null);
  }

  /** A new code for every learner who has not joined; their previous codes stop working. */
  async reissue(cohortId: number): Promise<InvitesResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const invitees = await this.enrollments.unboundInCohort(cohortId);
    const now = this.clock.now();
    const issued = await this.transactor.run(() =>
      this.codes.issueMany(
        invitees.map((l) => l.id),
        now,
      ),
    );
    const refOf = await this.pinning.refs();
    return this.sheet(cohort.id, cohort.timezone, invitees, refOf, (id) => issued.get(id) ?? null);
  }

  private sheet(
    cohortId: number,
    timezone: string,
    invitees: Invitee[],
    refOf: (id: number | null) => BotAccountRef | null,
    codeOf: (learnerId: number) => { code: string | null; expiresAt: Date } | null,
  ): InvitesResponse {
    const { account, accountId } = this.bot.snapshot();
    const learners: InviteResponse[] = invitees.map((l) => {
      const code = codeOf(l.id);
      return {
        learnerId: l.id,
        externalId: l.externalId!,
        name: l.name!,
        code: code?.code ?? null,
        codeExpiresAt: code?.expiresAt ?? null,
        botAccount: refOf(l.botAccountId),
      };
    });
    return {
      cohortId,
      timezone,
      botName: account ?? null,
      botWechatId: accountId ?? null,
      learners,
    };
  }
}
