import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { EnrollmentEntity, LearnerEntity } from '../../../infra/db/entities';
import { CohortService } from '../../enrollment/cohort.service';
import { EnrollmentService } from '../../enrollment/enrollment.service';
import { definedOnly } from '../common/defined-only';
import { ListLearnersQuery, UpdateLearnerDto } from './dto/learner.dto';
import {
  CohortLearnerResponse,
  CohortLearnersPage,
  EnrollmentCodeResponse,
  LearnerResponse,
} from './dto/learner.response';

type EnrollmentWithLearner = EnrollmentEntity & { learner: LearnerEntity };

/** Finding and changing learners; erased learners are gone from every list and lookup. */
@Injectable()
export class LearnerDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
    private readonly enrollments: EnrollmentService,
  ) {}

  async listInCohort(cohortId: number, query: ListLearnersQuery): Promise<CohortLearnersPage> {
    await this.cohorts.get(cohortId);
    const matching = this.cohortLearners(cohortId, query);
    const total = await matching.clone().getCount();
    const rows = await matching
      .orderBy('e.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getMany();
    return {
      items: (rows as EnrollmentWithLearner[]).map(toCohortLearnerResponse),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(learnerId: number): Promise<LearnerResponse> {
    const learner = await this.enrollments.liveLearner(learnerId);
    const enrollments = await this.dataSource
      .getRepository(EnrollmentEntity)
      .find({ where: { learnerId }, order: { id: 'ASC' } });
    return toLearnerResponse(learner, enrollments);
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

  private cohortLearners(
    cohortId: number,
    query: ListLearnersQuery,
  ): SelectQueryBuilder<EnrollmentEntity> {
    const builder = this.dataSource
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.learner', 'l')
      .where('e.cohort_id = :cohortId AND l.erased_at IS NULL', { cohortId });
    if (query.status) builder.andWhere('e.status = :status', { status: query.status });
    if (query.bound === 'true') builder.andWhere('l.wechat_contact_id IS NOT NULL');
    if (query.bound === 'false') builder.andWhere('l.wechat_contact_id IS NULL');
    if (query.search) {
      // '!' escapes: a backslash means different things in MariaDB and SQLite string literals.
      const like = `%${query.search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      builder.andWhere(
        new Brackets((q) =>
          q
            .where("LOWER(l.name) LIKE LOWER(:like) ESCAPE '!'", { like })
            .orWhere("LOWER(l.external_id) LIKE LOWER(:like) ESCAPE '!'", { like }),
        ),
      );
    }
    return builder;
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
  learner: LearnerEntity,
  enrollments: EnrollmentEntity[],
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
