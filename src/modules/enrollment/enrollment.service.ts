import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../core/clock';
import { LearnerRow, learnerRowProblems } from '../../core/enrollment/learner-rows';
import { DomainError } from '../../core/errors';
import { EnrollmentEntity, LearnerEntity } from '../../infra/db/entities';
import type { EnrollmentStatus } from '../../infra/db/entities/enrollment.entity';
import { CohortService } from './cohort.service';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';

export interface EnrolledLearner {
  learnerId: number;
  externalId: string;
  name: string;
  enrollmentId: number;
  /** False when the externalId was already known: the import is idempotent. */
  created: boolean;
  /** Known before, and this row changed nothing (same name and settings, already in the cohort). */
  unchanged: boolean;
  /**
   * The learner's working code: a new one when they had none, else the one issued before.
   * Null once they joined, or for a code issued before codes were kept (reissue it).
   */
  code: string | null;
  codeExpiresAt: Date | null;
}

const CHUNK = 500;

@Injectable()
export class EnrollmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly codes: EnrollmentCodes,
    private readonly schedules: EnrollmentSchedules,
  ) {}

  /** Enrols every row or none; known externalIds are updated, never duplicated. */
  async enrol(cohortId: number, rows: LearnerRow[]): Promise<EnrolledLearner[]> {
    await this.cohorts.openForEnrolment(cohortId);
    const problems = learnerRowProblems(rows);
    if (problems.length > 0) {
      throw new DomainError(
        'invalid-input',
        `${problems.length} problem(s) in the learners; none were enrolled`,
        problems,
      );
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const known = await this.learnersByExternalId(
        m,
        rows.map((r) => r.externalId.trim()),
      );
      const result: EnrolledLearner[] = [];
      for (const row of rows) result.push(await this.enrolOne(m, cohortId, row, known, now));
      await this.schedules.refresh(
        m,
        result.map((r) => r.enrollmentId),
        now,
      );
      return result;
    });
  }

  /** A new code for the learner; the previous one stops working. */
  async reissueCode(learnerId: number): Promise<{ code: string; expiresAt: Date }> {
    const learner = await this.liveLearner(learnerId);
    return this.dataSource.transaction((m) => this.codes.issue(m, learner.id, this.clock.now()));
  }

  async setStatus(
    learnerId: number,
    status: Extract<EnrollmentStatus, 'active' | 'paused' | 'withdrawn'>,
  ) {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const enrollments = await m.findBy(EnrollmentEntity, {
        learnerId,
        status: In(['active', 'paused']),
      });
      const ids = enrollments.map((e) => e.id);
      if (ids.length > 0)
        await m.update(EnrollmentEntity, { id: In(ids) }, { status, updatedAt: now });
      await this.schedules.refresh(m, ids, now);
    });
  }

  /** Withdrawn for good: every open enrolment ends and unused codes stop working; history stays. */
  async withdraw(learnerId: number): Promise<void> {
    await this.setStatus(learnerId, 'withdrawn');
    await this.dataSource.transaction((m) => this.codes.revokeAll(m, learnerId, this.clock.now()));
  }

  /** Changes a learner's own settings; their schedule follows at once. */
  async updateLearner(
    learnerId: number,
    patch: Partial<Pick<LearnerEntity, 'name' | 'locale' | 'deliveryTime' | 'timezone'>>,
  ): Promise<LearnerEntity> {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      await m.update(LearnerEntity, { id: learnerId }, { ...patch, updatedAt: now });
      const enrollments = await m.find(EnrollmentEntity, {
        select: { id: true },
        where: { learnerId },
      });
      await this.schedules.refresh(
        m,
        enrollments.map((e) => e.id),
        now,
      );
      return m.findOneByOrFail(LearnerEntity, { id: learnerId });
    });
  }

  async liveLearner(learnerId: number): Promise<LearnerEntity> {
    const learner = await this.dataSource
      .getRepository(LearnerEntity)
      .findOneBy({ id: learnerId, erasedAt: IsNull() });
    if (!learner) throw new DomainError('not-found', `Learner ${learnerId} does not exist`);
    return learner;
  }

  private async enrolOne(
    m: EntityManager,
    cohortId: number,
    row: LearnerRow,
    known: Map<string, LearnerEntity>,
    now: Date,
  ): Promise<EnrolledLearner> {
    const externalId = row.externalId.trim();
    const fields = {
      name: row.name.trim(),
      ...(row.locale ? { locale: row.locale } : {}),
      ...(row.deliveryTime ? { deliveryTime: row.deliveryTime } : {}),
      ...(row.timezone ? { timezone: row.timezone } : {}),
      updatedAt: now,
    };
    const existing = known.get(externalId);
    const changed = !existing || changesLearner(existing, fields);
    if (existing && changed) await m.update(LearnerEntity, { id: existing.id }, fields);
    const learner =
      existing ??
      (await m.save(m.create(LearnerEntity, { externalId, createdAt: now, ...fields })));
    let enrollment = await m.findOneBy(EnrollmentEntity, { learnerId: learner.id, cohortId });
    const unchanged = !changed && enrollment !== null;
    enrollment ??= await m.save(
      m.create(EnrollmentEntity, {
        learnerId: learner.id,
        cohortId,
        status: 'active',
        enrolledAt: now,
        updatedAt: now,
      }),
    );
    const live = learner.boundAt
      ? null
      : ((await this.codes.liveCodes(m, [learner.id], now)).get(learner.id) ??
        (await this.codes.issue(m, learner.id, now)));
    return {
      learnerId: learner.id,
      externalId,
      name: fields.name,
      enrollmentId: enrollment.id,
      created: !existing,
      unchanged,
      code: live?.code ?? null,
      codeExpiresAt: live?.expiresAt ?? null,
    };
  }

  private async learnersByExternalId(
    m: EntityManager,
    ids: string[],
  ): Promise<Map<string, LearnerEntity>> {
    const found = new Map<string, LearnerEntity>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await m.findBy(LearnerEntity, {
        externalId: In(ids.slice(i, i + CHUNK)),
        erasedAt: IsNull(),
      });
      for (const row of rows) found.set(row.externalId!, row);
    }
    return found;
  }
}

type LearnerFields = Partial<Pick<LearnerEntity, 'name' | 'locale' | 'deliveryTime' | 'timezone'>>;

/** Whether writing these fields would change the stored learner (the import's "unchanged"). */
function changesLearner(learner: LearnerEntity, fields: LearnerFields): boolean {
  return (['name', 'locale', 'deliveryTime', 'timezone'] as const).some(
    (key) => fields[key] !== undefined && fields[key] !== learner[key],
  );
}
