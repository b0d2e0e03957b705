import { EntityManager } from 'typeorm';
import { dbNumber, dbTime } from '../../../modules/progress/db-values';
import { EnrollmentFacts } from '../../../modules/progress/progress.repository';

type Raw = Record<string, unknown>;

const FACT_COLUMNS: Array<[string, string]> = [
  ['e.id', 'enrollmentId'],
  ['e.learner_id', 'learnerId'],
  ['e.cohort_id', 'cohortId'],
  ['e.status', 'status'],
  ['e.enrolled_at', 'enrolledAt'],
  ['l.external_id', 'externalId'],
  ['l.name', 'name'],
  ['l.timezone', 'timezone'],
  ['CASE WHEN l.wechat_contact_id IS NULL THEN 0 ELSE 1 END', 'bound'],
  // One index seek per enrolment on (enrollment_id, reviewed_at), not a scan of its answers.
  ['(SELECT MAX(r.reviewed_at) FROM review_logs r WHERE r.enrollment_id = e.id)', 'lastAnswerAt'],
];

/** The enrolments joined to their live learners, with the columns a progress row shows. */
export function facts(m: EntityManager) {
  const query = m.createQueryBuilder().from('enrollments', 'e');
  for (const [column, alias] of FACT_COLUMNS) query.addSelect(column, alias);
  return query.innerJoin('learners', 'l', 'l.id = e.learner_id AND l.erased_at IS NULL');
}

export function toFacts(row: Raw): EnrollmentFacts {
  return {
    enrollmentId: dbNumber(row.enrollmentId),
    learnerId: dbNumber(row.learnerId),
    cohortId: dbNumber(row.cohortId),
    externalId: String(row.externalId),
    name: String(row.name),
    status: String(row.status),
    bound: dbNumber(row.bound) === 1,
    enrolledAt: dbTime(row.enrolledAt)!,
    timezone: row.timezone === null ? null : String(row.timezone),
    lastAnswerAt: dbTime(row.lastAnswerAt),
  };
}
