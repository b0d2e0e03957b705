import { Injectable } from '@nestjs/common';
import { LearnerRow, learnerRowProblems } from '../../../core/enrollment/learner-rows';
import { DomainError, ErrorDetail } from '../../../core/errors';
import { Transactor } from '../../../core/transactor';
import { AccountPinning } from '../../bot-accounts/account-pinning';
import { BotAccountRef } from '../../bot-accounts/dto/bot-account-ref.response';
import { CohortService } from '../../enrollment/cohort.service';
import { EnrolledLearner, EnrollmentService } from '../../enrollment/enrollment.service';
import { EnrolmentResponse } from './dto/enrol-learners.dto';
import { LearnerImport, readCsvImport, readJsonImport, ReadProblem } from './learner-import';

export interface ImportPayload {
  format: 'json' | 'csv';
  body: unknown;
}

const ROW_FIELD = /^rows\[(\d+)\](?:\.(\w+))?$/;

/** Bulk enrolment: every row is checked and named by the row number its sender knows, then all or none. */
@Injectable()
export class LearnerImportService {
  constructor(
    private readonly transactor: Transactor,
    private readonly cohorts: CohortService,
    private readonly enrollments: EnrollmentService,
    private readonly pinning: AccountPinning,
  ) {}

  async enrol(cohortId: number, payload: ImportPayload): Promise<EnrolmentResponse> {
    await this.cohorts.openForEnrolment(cohortId);
    const read =
      payload.format === 'csv' ? readCsvImport(asText(payload.body)) : readJsonImport(payload.body);
    const named = read.rows.map((r) =>
      typeof r.botAccountId === 'number' ? r.botAccountId : undefined,
    );
    const problems = allProblems(read, await this.pinning.namedAccountProblems(named));
    if (problems.length > 0) {
      const rows = new Set(problems.map((p) => p.field.replace(/(, |\.).*$/, ''))).size;
      throw new DomainError(
        'invalid-input',
        `${problems.length} problem(s) in ${rows} row(s); no learner was enrolled`,
        problems,
      );
    }
    // One unit: a learner is never enrolled without the account their code is meant for.
    const enrolled = await this.transactor.run(async () => {
      const learners = await this.enrollments.enrol(cohortId, read.rows as LearnerRow[]);
      const pins = await this.pinning.pinNew(learners.map((l, i) => ({ ...l, named: named[i] })));
      return learners.map((l) => ({ ...l, botAccountId: pins.get(l.learnerId) ?? null }));
    });
    return toEnrolmentResponse(cohortId, enrolled, await this.pinning.refs());
  }
}

/** Reading problems and value problems together, in row order, each named the sender's way. */
function allProblems(read: LearnerImport, accountProblems: ErrorDetail[]): ErrorDetail[] {
  const headerFailed = read.problems.some((p) => p.index === -1);
  const valueProblems = headerFailed
    ? []
    : [...learnerRowProblems(read.rows), ...accountProblems].map((p) => relabel(p, read));
  return [...read.problems, ...valueProblems]
    .sort((a, b) => a.index - b.index)
    .map(({ field, message }) => ({ field, message }));
}

function relabel(problem: ErrorDetail, read: LearnerImport): ReadProblem {
  const match = ROW_FIELD.exec(problem.field);
  if (!match) return { ...problem, index: -1 };
  const index = Number(match[1]);
  const field = match[2] ? read.field(index, match[2]) : read.label(index);
  const message = problem.message.replace(/rows\[(\d+)\]/g, (_, i: string) =>
    read.label(Number(i)),
  );
  return { index, field, message };
}

const asText = (body: unknown): string => (typeof body === 'string' ? body : '');

function toEnrolmentResponse(
  cohortId: number,
  enrolled: EnrolledLearner[],
  refOf: (id: number | null) => BotAccountRef | null,
): EnrolmentResponse {
  const created = enrolled.filter((l) => l.created).length;
  const unchanged = enrolled.filter((l) => l.unchanged).length;
  return {
    cohortId,
    created,
    updated: enrolled.length - created - unchanged,
    unchanged,
    learners: enrolled.map((l) => ({
      learnerId: l.learnerId,
      enrollmentId: l.enrollmentId,
      externalId: l.externalId,
      name: l.name,
      created: l.created,
      unchanged: l.unchanged,
      code: l.code,
      codeExpiresAt: l.codeExpiresAt,
      botAccount: refOf(l.botAccountId),
    })),
  };
}
