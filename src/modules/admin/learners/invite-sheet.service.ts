import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { runTransaction } from '../../../infra/db/transactions';
import { Clock } from '../../../core/clock';
import { EnrollmentEntity, LearnerEntity } from '../../../infra/db/entities';
import { CohortService } from '../../enrollment/cohort.service';
import { EnrollmentCodes } from '../../enrollment/enrollment-codes';
import { BotStatus } from '../../../core/bot-status';
import { InviteResponse, InvitesResponse } from './dto/invite.response';

type Invitee = Pick<LearnerEntity, 'id' | 'externalId' | 'name'>;

/** The learners of a cohort who have not joined yet, with the code each sends the bot. */
@Injectable()
export class InviteSheetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly codes: EnrollmentCodes,
    private readonly bot: BotStatus,
  ) {}

  /** Codes that still work as stored; none for a learner without one (reissue them). */
  async invites(cohortId: number): Promise<InvitesResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const invitees = await this.notJoined(cohortId);
    const live = await runTransaction(this.dataSource, (m) =>
      this.codes.liveCodes(
        m,
        invitees.map((l) => l.id),
        this.clock.now(),
      ),
    );
    return this.sheet(cohort.id, cohort.timezone, invitees, (id) => live.get(id) ?? null);
  }

  /** A new code for every learner who has not joined; their previous codes stop working. */
  async reissue(cohortId: number): Promise<InvitesResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const invitees = await this.notJoined(cohortId);
    const now = this.clock.now();
    const issued = await runTransaction(this.dataSource, (m) =>
      this.codes.issueMany(
        m,
        invitees.map((l) => l.id),
        now,
      ),
    );
    return this.sheet(cohort.id, cohort.timezone, invitees, (id) => issued.get(id) ?? null);
  }

  private sheet(
    cohortId: number,
    timezone: string,
    invitees: Invitee[],
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

  /** Active or paused learners without a WeChat binding, in enrolment order. */
  private async notJoined(cohortId: number): Promise<Invitee[]> {
    const enrollments = await this.dataSource.getRepository(EnrollmentEntity).find({
      select: { id: true, learnerId: true },
      where: { cohortId, status: In(['active', 'paused']) },
      order: { id: 'ASC' },
    });
    const ids = enrollments.map((e) => e.learnerId);
    const learners = new Map<number, Invitee>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.dataSource.getRepository(LearnerEntity).find({
        select: { id: true, externalId: true, name: true },
        where: { id: In(ids.slice(i, i + 500)), wechatContactId: IsNull(), erasedAt: IsNull() },
      });
      for (const row of rows) learners.set(row.id, row);
    }
    return ids.flatMap((id) => learners.get(id) ?? []);
  }
}
