import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { LearnerRow, learnerRowProblems } from '../../core/enrollment/learner-rows';
import { DomainError } from '../../core/errors';
import type { EnrollmentStatus, LearnerRecord } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { CohortService } from './cohort.service';
import { EnrollmentCodes, LiveCode } from './enrollment-codes';
import { EnrollmentRepository } from './enrollment.repository';
import { EnrollmentSchedules } from './enrollment-schedule';
import { LearnerRepository, LearnerSettings } from './learner.repository';
import { upsertLearners } from './learner-upsert';

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
  /** The pool account they are pinned to; null: the WECHATY_* default account. */
  botAccountId: number | null;
  /** Joined on WeChat already. */
  bound: boolean;
}

@Injectable()
export class EnrollmentService {
  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly codes: EnrollmentCodes,
    private readonly schedules: EnrollmentSchedules,
    private readonly learners: LearnerRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  /**
   * Enrols every row or none; known externalIds are updated, never duplicated. Set by set in
   * one unit of work: a few reads and multi-row writes per 500 rows, whatever the row count.
   */
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
    return this.transactor.run(async () => {
      const learners = await upsertLearners(this.learners, rows, now);
      const all = [...learners.values()];
      const enrollments = await this.ensureEnrollments(
        cohortId,
        all.map((l) => l.record.id),
        now,
      );
      const codes = await this.workingCodes(
        all.filter((l) => !l.record.boundAt).map((l) => l.record.id),
        now,
      );
      const moved = all.filter((l) => l.changed || enrollments.get(l.record.id)!.created);
      await this.schedules.refresh(
        moved.map((l) => enrollments.get(l.record.id)!.id),
        now,
      );
      return rows.map((row) => {
        const { record, created, changed } = learners.get(row.externalId.trim())!;
        const enrollment = enrollments.get(record.id)!;
        const code = codes.get(record.id);
        return {
          learnerId: record.id,
          externalId: record.externalId!,
          name: row.name.trim(),
          enrollmentId: enrollment.id,
          created,
          unchanged: !changed && !enrollment.created,
          code: code?.code ?? null,
          codeExpiresAt: code?.expiresAt ?? null,
          botAccountId: record.botAccountId,
          bound: record.boundAt !== null,
        };
      });
    });
  }

  /** A new code for the learner; the previous one stops working. */
  reissueCode(learnerId: number): Promise<{ code: string; expiresAt: Date }> {
    return this.transactor.run(async () => {
      // Locked first, as the erasure does, so a code is never issued to someone just erased.
      const learner = await this.learners.findLive(learnerId, { forUpdate: true });
      if (!learner) throw new DomainError('not-found', `Learner ${learnerId} does not exist`);
      return this.codes.issue(learner.id, this.clock.now());
    });
  }

  async setStatus(
    learnerId: number,
    status: Extract<EnrollmentStatus, 'active' | 'paused' | 'withdrawn'>,
  ): Promise<void> {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    await this.transactor.run(async () => {
      const open = (await this.enrollments.ofLearner(learnerId))
        .filter((e) => e.status === 'active' || e.status === 'paused')
        .map((e) => e.id);
      await this.enrollments.setStatus(open, status, now);
      await this.schedules.refresh(open, now);
    });
  }

  /** Withdrawn for good: every open enrolment ends and unused codes stop working; history stays. */
  async withdraw(learnerId: number): Promise<void> {
    await this.setStatus(learnerId, 'withdrawn');
    await this.codes.revokeAll(learnerId, this.clock.now());
  }

  /** Changes a learner's own settings; their schedule follows at once. */
  async updateLearner(learnerId: number, patch: LearnerSettings): Promise<LearnerRecord> {
    await this.liveLearner(learnerId);
    const now = this.clock.now();
    return this.transactor.run(async () => {
      await this.learners.update(learnerId, { ...patch, updatedAt: now });
      const enrollments = await this.enrollments.ofLearner(learnerId);
      await this.schedules.refresh(
        enrollments.map((e) => e.id),
        now,
      );
      return this.liveLearner(learnerId);
    });
  }

  async liveLearner(learnerId: number): Promise<LearnerRecord> {
    const learner = await this.learners.findLive(learnerId);
    if (!learner) throw new DomainError('not-found', `Learner ${learnerId} does not exist`);
    return learner;
  }

  /** Each learner's enrolment in the cohort, made where missing. */
  private async ensureEnrollments(
    cohortId: number,
    learnerIds: number[],
    now: Date,
  ): Promise<Map<number, { id: number; created: boolean }>> {
    const found = await this.enrollments.idsInCohort(cohortId, learnerIds);
    const missing = learnerIds.filter((id) => !found.has(id));
    await this.enrollments.insertMany(cohortId, missing, now);
    const made = await this.enrollments.idsInCohort(cohortId, missing);
    const result = new Map<number, { id: number; created: boolean }>();
    for (const [learnerId, id] of found) result.set(learnerId, { id, created: false });
    for (const [learnerId, id] of made) result.set(learnerId, { id, created: true });
    return result;
  }

  /** The code of each of these learners: the one that still works, else a new one. */
  private async workingCodes(learnerIds: number[], now: Date): Promise<Map<number, LiveCode>> {
    const live = await this.codes.liveCodes(learnerIds, now);
    const issued = await this.codes.issueMany(
      learnerIds.filter((id) => !live.has(id)),
      now,
    );
    return new Map([...live, ...issued]);
  }
}
