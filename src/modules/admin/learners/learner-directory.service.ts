import { Injectable } from '@nestjs/common';
import type { EnrollmentRecord, LearnerRecord } from '../../../core/records';
import { AccountPinning } from '../../bot-accounts/account-pinning';
import { BotAccountRef } from '../../bot-accounts/dto/bot-account-ref.response';
import { CohortService } from '../../enrollment/cohort.service';
import { EnrollmentRepository } from '../../enrollment/enrollment.repository';
import { EnrollmentService } from '../../enrollment/enrollment.service';
import { definedOnly } from '../common/defined-only';
import { ListLearnersQuery, UpdateLearnerDto } from './dto/learner.dto';
import {
  CohortLearnerResponse,
  CohortLearnersPage,
  EnrollmentCodeResponse,
  LearnerResponse,
} from './dto/learner.response';

type EnrollmentWithLearner = EnrollmentRecord & { learner: LearnerRecord };

/** Finding and changing learners; erased learners are gone from every list and lookup. */
@Injectable()
export class LearnerDirectoryService {
  constructor(
    private readonly enrollmentRows: EnrollmentRepository,
    private readonly cohorts: CohortService,
    private readonly enrollments: EnrollmentService,
    private readonly pinning: AccountPinning,
  ) {}

  async listInCohort(cohortId: number, query: ListLearnersQuery): Promise<CohortLearnersPage> {
    await this.cohorts.get(cohortId);
    const { items, total } = await this.enrollmentRows.pageInCohort(
      cohortId,
      {
        status: query.status,
        bound: query.bound === undefined ? undefined : query.bound === 'true',
        search: query.search,
      },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return {
      items: items.map(toCohortLearnerResponse),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(learnerId: number): Promise<LearnerResponse> {
    const learner = await this.enrollments.liveLearner(learnerId);
    const enrollments = await this.enrollmentRows.ofLearner(learnerId);
    const refOf = await this.pinning.refs();
    return toLearnerResponse(learner, enrollments, refOf(learner.botAccountId));
  }

  /** Settings first, then the status, each rescheduling the learner's sessions at once. */
  async update(learnerId: number, dto: UpdateLearnerDto): Promise<LearnerResponse> {
    const { status, ...settings } = definedOnly(dto);
    await this.enrollments.liveLearner(learnerId);
    if (Object.keys(settings).length > 0) await this.enrollments.updateLearner(learnerId, settings);
    if (status) await this.enrollments.setStatus(learnerId, status);
    return this.get(learnerId);
  }

  /** Leaves the course for good: no more sessions or codes; answers and statistics stay. */
  async withdraw(learnerId: number): Promise<LearnerResponse> {
    await this.enrollments.withdraw(learnerId);
    return this.get(learnerId);
  }

  async reissueCode(learnerId: number): Promise<EnrollmentCodeResponse> {
    const { code, expiresAt } = await this.enrollments.reissueCode(learnerId);
    return { learnerId, code, expiresAt };
  }
}

function toCohortLearnerResponse(row: EnrollmentWithLearner): CohortLearnerResponse {
  const { learner } = row;
  return {
    learnerId: learner.id,
    enrollmentId: row.id,
    externalId: learner.externalId!,
    name: learner.name!,
    status: row.status,
    bound: learner.wechatContactId !== null,
    locale: learner.locale,
    timezone: learner.timezone,
    deliveryTime: learner.deliveryTime,
    enrolledAt: row.enrolledAt,
    nextSessionAt: row.nextSessionAt,
  };
}

export function toLearnerResponse(
  learner: LearnerRecord,
  enrollments: EnrollmentRecord[],
  botAccount: BotAccountRef | null,
): LearnerResponse {
  return {
    id: learner.id,
    externalId: learner.externalId!,
    name: learner.name!,
    locale: learner.locale,
    timezone: learner.timezone,
    deliveryTime: learner.deliveryTime,
    bound: learner.wechatContactId !== null,
    boundAt: learner.boundAt,
    botAccount,
    createdAt: learner.createdAt,
    updatedAt: learner.updatedAt,
    enrollments: enrollments.map((e) => ({
      id: e.id,
      cohortId: e.cohortId,
      status: e.status,
      enrolledAt: e.enrolledAt,
      completedAt: e.completedAt,
      nextSessionAt: e.nextSessionAt,
    })),
  };
}
