import type {
  CohortRecord,
  EnrollmentCodeRecord,
  EnrollmentRecord,
  EnrollmentStatus,
  LearnerRecord,
} from '../../src/core/records';
import { Transactor } from '../../src/core/transactor';
import { AppSettingRepository } from '../../src/modules/enrollment/app-setting.repository';
import {
  CohortPatch,
  CohortRepository,
  CohortStatusCount,
  NewCohortRecord,
} from '../../src/modules/enrollment/cohort.repository';
import {
  EnrollmentCodeRepository,
  NewEnrollmentCode,
} from '../../src/modules/enrollment/enrollment-code.repository';
import {
  EnrollmentRepository,
  Invitee,
  ScheduleInput,
} from '../../src/modules/enrollment/enrollment.repository';
import {
  LearnerBinding,
  LearnerChange,
  LearnerRepository,
  LearnerSettings,
  NewLearnerRecord,
} from '../../src/modules/enrollment/learner.repository';
import { learnerRecord } from './learner-contacts.fake';

/*
 * In-memory stand-ins for the enrolment ports, for service tests that state a rule without a
 * database. Rows live in plain arrays the test can read; a unit of work is just the call.
 */

export class InlineTransactor extends Transactor {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

export class FakeAppSettings extends AppSettingRepository {
  private readonly values = new Map<string, string>();
  async getOrCreate(name: string, value: string): Promise<string> {
    if (!this.values.has(name)) this.values.set(name, value);
    return this.values.get(name)!;
  }
}

export class FakeCohorts extends CohortRepository {
  readonly rows: CohortRecord[] = [];
  constructor(private readonly courses: string[] = []) {
    super();
  }
  async create(cohort: NewCohortRecord): Promise<CohortRecord> {
    const row = { ...cohort, id: this.rows.length + 1 };
    this.rows.push(row);
    return { ...row };
  }
  async find(id: number): Promise<CohortRecord | null> {
    const row = this.rows.find((c) => c.id === id);
    return row ? { ...row } : null;
  }
  async list(): Promise<CohortRecord[]> {
    return this.rows.map((c) => ({ ...c }));
  }
  async update(id: number, patch: CohortPatch): Promise<void> {
    Object.assign(this.rows.find((c) => c.id === id) ?? {}, patch);
  }
  async courseIsLive(courseId: string): Promise<boolean> {
    return this.courses.includes(courseId);
  }
  async statusCounts(): Promise<CohortStatusCount[]> {
    return [];
  }
}

export class FakeLearners extends LearnerRepository {
  readonly rows: LearnerRecord[] = [];
  async findLive(id: number): Promise<LearnerRecord | null> {
    return this.live().find((l) => l.id === id) ?? null;
  }
  async findLiveByContact(contactId: string): Promise<LearnerRecord | null> {
    return this.live().find((l) => l.wechatContactId === contactId) ?? null;
  }
  async liveByExternalIds(externalIds: string[]): Promise<LearnerRecord[]> {
    return this.live().filter((l) => externalIds.includes(l.externalId!));
  }
  async insertMany(learners: NewLearnerRecord[]): Promise<void> {
    for (const learner of learners) {
      if (this.live().some((l) => l.externalId === learner.externalId))
        throw new Error(`duplicate external id ${learner.externalId}`);
      this.rows.push(learnerRecord({ id: this.rows.length + 1, ...learner }));
    }
  }
  async updateMany(changes: LearnerChange[], updatedAt: Date): Promise<void> {
    for (const { id, ...change } of changes) await this.update(id, { ...change, updatedAt });
  }
  async update(id: number, change: LearnerSettings & { updatedAt: Date }): Promise<void> {
    const defined = Object.entries(change).filter(([, value]) => value !== undefined);
    Object.assign(
      this.rows.find((l) => l.id === id)!,
      Object.fromEntries(defined),
    );
  }
  async bind(id: number, binding: LearnerBinding): Promise<void> {
    Object.assign(
      this.rows.find((l) => l.id === id)!,
      binding,
    );
  }
  private live(): LearnerRecord[] {
    return this.rows.filter((l) => l.erasedAt === null);
  }
}

export class FakeEnrollments extends EnrollmentRepository {
  readonly rows: EnrollmentRecord[] = [];
  constructor(
    private readonly learners: FakeLearners,
    private readonly cohorts: FakeCohorts,
  ) {
    super();
  }
  async ofLearner(learnerId: number): Promise<EnrollmentRecord[]> {
    return this.rows.filter((e) => e.learnerId === learnerId);
  }
  async idsOfCohort(cohortId: number): Promise<number[]> {
    return this.rows.filter((e) => e.cohortId === cohortId).map((e) => e.id);
  }
  async idsInCohort(cohortId: number, learnerIds: number[]): Promise<Map<number, number>> {
    const found = this.rows.filter(
      (e) => e.cohortId === cohortId && learnerIds.includes(e.learnerId),
    );
    return new Map(found.map((e) => [e.learnerId, e.id]));
  }
  async insertMany(cohortId: number, learnerIds: number[], now: Date): Promise<void> {
    for (const learnerId of learnerIds) {
      this.rows.push({
        id: this.rows.length + 1,
        learnerId,
        cohortId,
        status: 'active',
        nextSessionAt: null,
        enrolledAt: now,
        completedAt: null,
        updatedAt: now,
      });
    }
  }
  async setStatus(ids: number[], status: EnrollmentStatus, now: Date): Promise<void> {
    for (const e of this.rows) if (ids.includes(e.id)) Object.assign(e, { status, updatedAt: now });
  }
  async scheduleInputs(ids: number[]): Promise<ScheduleInput[]> {
    return this.rows
      .filter((e) => ids.includes(e.id))
      .map((e) => ({
        id: e.id,
        status: e.status,
        learner: this.learners.rows.find((l) => l.id === e.learnerId)!,
        cohort: this.cohorts.rows.find((c) => c.id === e.cohortId)!,
      }));
  }
  async sessionsHeld(): Promise<Set<string>> {
    return new Set();
  }
  async setNextSessions(
    starts: Array<{ id: number; nextSessionAt: Date | null }>,
    now: Date,
  ): Promise<void> {
    for (const { id, nextSessionAt } of starts)
      Object.assign(
        this.rows.find((e) => e.id === id)!,
        { nextSessionAt, updatedAt: now },
      );
  }
  async unboundInCohort(cohortId: number): Promise<Invitee[]> {
    return this.rows
      .filter((e) => e.cohortId === cohortId && ['active', 'paused'].includes(e.status))
      .map((e) => this.learners.rows.find((l) => l.id === e.learnerId)!)
      .filter((l) => l.wechatContactId === null && l.erasedAt === null);
  }
  async pageInCohort(): Promise<never> {
    throw new Error('not kept by the fake');
  }
}

export class FakeEnrollmentCodes extends EnrollmentCodeRepository {
  readonly rows: EnrollmentCodeRecord[] = [];
  async findByHash(codeHash: string): Promise<EnrollmentCodeRecord | null> {
    return this.rows.find((c) => c.codeHash === codeHash) ?? null;
  }
  async takenHashes(codeHashes: string[]): Promise<Set<string>> {
    return new Set(this.rows.map((c) => c.codeHash).filter((h) => codeHashes.includes(h)));
  }
  async insertMany(codes: NewEnrollmentCode[]): Promise<void> {
    for (const code of codes)
      this.rows.push({ id: this.rows.length + 1, usedAt: null, revokedAt: null, ...code });
  }
  async markUsed(id: number, now: Date): Promise<void> {
    this.rows.find((c) => c.id === id)!.usedAt = now;
  }
  async revokeUnused(learnerIds: number[], now: Date): Promise<void> {
    for (const c of this.rows)
      if (learnerIds.includes(c.learnerId) && !c.usedAt && !c.revokedAt) c.revokedAt = now;
  }
  async live(learnerIds: number[], now: Date): Promise<EnrollmentCodeRecord[]> {
    return this.rows.filter(
      (c) => learnerIds.includes(c.learnerId) && !c.usedAt && !c.revokedAt && c.expiresAt > now,
    );
  }
}
