import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../core/clock';
import { LearnerRow, learnerRowProblems } from '../../core/enrollment/learner-rows';
import { DomainError } from '../../core/errors';
import { EnrollmentEntity, LearnerEntity } from '../../infra/db/entities';
import type { EnrollmentStatus } from '../../infra/db/entities/enrollment.entity';
import { CohortService } from './cohort.service';
import { EnrollmentCodes, LiveCode } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';
import { runTransaction } from '../../infra/db/transactions';

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

interface UpsertedLearner {
  entity: LearnerEntity;
  created: boolean;
  /** New, or a name or setting differs from what was stored. */
  changed: boolean;
}

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
    return runTransaction(this.dataSource, async (m) => {
      const learners = await this.upsertLearners(m, rows, now);
      const ids = [...learners.values()].map((l) => l.entity.id);
      const enrollments = await this.ensureEnrollments(m, cohortId, ids, now);
      const codes = await this.workingCodes(m, [...learners.values()], now);
      const moved = [...learners.values()].filter(
        (l) => l.changed || enrollments.get(l.entity.id)!.created,
      );
      await this.schedules.refresh(
        m,
        moved.map((l) => enrollments.get(l.entity.id)!.id),
        now,
      );
      return rows.map((row) => {
        const { entity, created, changed } = learners.get(row.externalId.trim())!;
        const enrollment = enrollments.get(entity.id)!;
        const code = codes.get(entity.id);
        return {
          learnerId: entity.id,
          externalId: entity.externalId!,
          name: row.name.trim(),
          enrollmentId: enrollment.id,
          created,
          unchanged: !changed && !enrollment.created,
          code: code?.code ?? null,
          codeExpiresAt: code?.expiresAt ?? null,
        };
      });
    });
  }

  /** A new code for the learner; the previous one stops working. */
  async reissueCode(learnerId: number): Promise<{ code: string; expiresAt: Date }> {
    return runTransaction(this.dataSource, async (m) => {
      // Locked first, as the erasure does, so a code is never issued to someone just erased.
      const learner = await m.findOne(LearnerEntity, {
        where: { id: learnerId, erasedAt: IsNull() },
        ...(this.dataSource.options.type === 'better-sqlite3'
          ? {}
          : { lock: { mode: 'pessimistic_write' as const } }),
      });
      if (!learner) throw new DomainError('not-found', `Learner ${learnerId} does not exist`);
      return this.codes.issue(m, learner.id, this.clock.now());
    });
  }

  async setStatus(
    learnerId: number,
    status: Extract<EnrollmentStatus, 'active' | 'paused' | 'withdrawn'>,
  ) {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    await runTransaction(this.dataSource, async (m) => {
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
    await runTransaction(this.dataSource, (m) =>
      this.codes.revokeAll(m, learnerId, this.clock.now()),
    );
  }

  /** Changes a learner's own settings; their schedule follows at once. */
  async updateLearner(
    learnerId: number,
    patch: Partial<Pick<LearnerEntity, 'name' | 'locale' | 'deliveryTime' | 'timezone'>>,
  ): Promise<LearnerEntity> {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    return runTransaction(this.dataSource, async (m) => {
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

  /** Known learners updated where a field differs, new ones inserted many rows at a time. */
  private async upsertLearners(
    m: EntityManager,
    rows: LearnerRow[],
    now: Date,
  ): Promise<Map<string, UpsertedLearner>> {
    const fieldsOf = (row: LearnerRow) => ({
      name: row.name.trim(),
      ...(row.locale ? { locale: row.locale } : {}),
      ...(row.deliveryTime ? { deliveryTime: row.deliveryTime } : {}),
      ...(row.timezone ? { timezone: row.timezone } : {}),
      updatedAt: now,
    });
    const externalIds = rows.map((r) => r.externalId.trim());
    const known = await this.learnersByExternalId(m, externalIds);
    const result = new Map<string, UpsertedLearner>();
    const fresh: Array<Partial<LearnerEntity>> = [];
    for (const [i, row] of rows.entries()) {
      const existing = known.get(externalIds[i]);
      const fields = fieldsOf(row);
      if (!existing) fresh.push({ externalId: externalIds[i], createdAt: now, ...fields });
      else if (changesLearner(existing, fields)) {
        await m.update(LearnerEntity, { id: existing.id }, fields);
        result.set(externalIds[i], { entity: existing, created: false, changed: true });
      } else result.set(externalIds[i], { entity: existing, created: false, changed: false });
    }
    for (let i = 0; i < fresh.length; i += CHUNK)
      await m.insert(LearnerEntity, fresh.slice(i, i + CHUNK));
    const inserted = await this.learnersByExternalId(
      m,
      fresh.map((l) => l.externalId!),
    );
    for (const entity of inserted.values())
      result.set(entity.externalId!, { entity, created: true, changed: true });
    return result;
  }

  /** Each learner's enrolment in the cohort, made where missing. */
  private async ensureEnrollments(
    m: EntityManager,
    cohortId: number,
    learnerIds: number[],
    now: Date,
  ): Promise<Map<number, { id: number; created: boolean }>> {
    const found = await this.enrollmentsOf(m, cohortId, learnerIds);
    const missing = learnerIds.filter((id) => !found.has(id));
    for (let i = 0; i < missing.length; i += CHUNK) {
      await m.insert(
        EnrollmentEntity,
        missing.slice(i, i + CHUNK).map((learnerId) => ({
          learnerId,
          cohortId,
          status: 'active' as const,
          enrolledAt: now,
          updatedAt: now,
        })),
      );
    }
    const made = await this.enrollmentsOf(m, cohortId, missing);
    const result = new Map<number, { id: number; created: boolean }>();
    for (const [learnerId, id] of found) result.set(learnerId, { id, created: false });
    for (const [learnerId, id] of made) result.set(learnerId, { id, created: true });
    return result;
  }

  private async enrollmentsOf(
    m: EntityManager,
    cohortId: number,
    learnerIds: number[],
  ): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    for (let i = 0; i < learnerIds.length; i += CHUNK) {
      const rows = await m.find(EnrollmentEntity, {
        select: { id: true, learnerId: true },
        where: { cohortId, learnerId: In(learnerIds.slice(i, i + CHUNK)) },
      });
      for (const row of rows) found.set(row.learnerId, row.id);
    }
    return found;
  }

  /** The code of every learner who has not joined: the one that still works, else a new one. */
  private async workingCodes(
    m: EntityManager,
    learners: UpsertedLearner[],
    now: Date,
  ): Promise<Map<number, LiveCode>> {
    const unbound = learners.filter((l) => !l.entity.boundAt).map((l) => l.entity.id);
    const live = await this.codes.liveCodes(m, unbound, now);
    const issued = await this.codes.issueMany(
      m,
      unbound.filter((id) => !live.has(id)),
      now,
    );
    return new Map([...live, ...issued]);
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
