import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QuestionType } from '../../../core/content/course-model';
import type { LearnerRecord, SessionQueue } from '../../../core/records';
import {
  CurrentEnrollment,
  LearnerContextRepository,
} from '../../../modules/dialogue/learner-context.repository';
import { Database } from '../database';
import {
  CohortEntity,
  DailySessionEntity,
  CourseEntity,
  EnrollmentEntity,
  LearnerEntity,
  QuestionEntity,
} from '../entities';
import { findJoinedRowWith, JoinedRow } from '../raw-joins';
import { codecFor } from '../row-codec';

const CURRENT_ROWS = { e: EnrollmentEntity, c: CohortEntity, k: CourseEntity };
/**
 * The open prompt: what parsing a reply to it needs, not its whole rows; and its session's
 * queue and the questions asked so far, which say what the session asks next.
 */
const OPEN_PROMPT = [
  'p.id',
  'p.question_id',
  'q.type',
  'q.choices',
  's.queue',
  '(SELECT GROUP_CONCAT(a.question_id) FROM session_prompts a WHERE a.session_id = p.session_id)',
];
/** What a reply needs joined to enrolment `e`, the open prompt of `learner` (SQL) with it. */
const enrollmentsOf = (learner: string) =>
  'LEFT JOIN cohorts c ON c.id = e.cohort_id ' +
  'LEFT JOIN courses k ON k.id = c.course_id ' +
  'LEFT JOIN session_prompts p ON p.id = (SELECT MAX(o.id) FROM session_prompts o ' +
  'INNER JOIN enrollments a ON a.id = o.enrollment_id ' +
  `WHERE a.learner_id = ${learner} AND a.status = 'active' AND o.status = 'open') ` +
  'LEFT JOIN questions q ON q.id = p.question_id ' +
  'LEFT JOIN daily_sessions s ON s.id = p.session_id ';
const CURRENT_ORDER =
  "ORDER BY CASE e.status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 WHEN 'completed' THEN 2 " +
  'ELSE 3 END, e.id DESC';
const CURRENT_FROM = `FROM enrollments e ${enrollmentsOf('e.learner_id')}WHERE e.learner_id = ? ${CURRENT_ORDER}`;
/** The same for the learner of a contact, with the learner's row: one read per message. */
const CONTACT_ROWS = { l: LearnerEntity, ...CURRENT_ROWS };
const CONTACT_FROM =
  `FROM learners l LEFT JOIN enrollments e ON e.learner_id = l.id ${enrollmentsOf('l.id')}` +
  `WHERE l.wechat_contact_id = ? AND l.erased_at IS NULL ${CURRENT_ORDER}`;

@Injectable()
export class SqlLearnerContextRepository extends LearnerContextRepository {
  constructor(private readonly db: Database) {
    super();
  }

  learner(learnerId: number): Promise<LearnerRecord> {
    return this.db.withManager((m) => m.findOneByOrFail(LearnerEntity, { id: learnerId }));
  }

  current(learnerId: number): Promise<CurrentEnrollment | null> {
    return this.db.withManager(async (m) => {
      const read = await findJoinedRowWith(m, CURRENT_ROWS, OPEN_PROMPT, CURRENT_FROM, [learnerId]);
      return read && currentOf(m, read.row, read.extra);
    });
  }

  ofContact(
    contactId: string,
  ): Promise<{ learner: LearnerRecord; current: CurrentEnrollment | null } | null> {
    return this.db.withManager(async (m) => {
      const read = await findJoinedRowWith(m, CONTACT_ROWS, OPEN_PROMPT, CONTACT_FROM, [contactId]);
      if (!read?.row.l) return null;
      return { learner: read.row.l, current: currentOf(m, read.row, read.extra) };
    });
  }
}

/** The current enrolment of a row read with CURRENT_ROWS and OPEN_PROMPT; null if none. */
function currentOf(
  m: EntityManager,
  row: JoinedRow<typeof CURRENT_ROWS>,
  extra: unknown[],
): CurrentEnrollment | null {
  const { e: enrollment, c: cohort, k: course } = row;
  if (!enrollment) return null;
  if (!cohort) throw new Error(`No cohorts row matches {"id":${enrollment.cohortId}}`);
  if (!course) throw new Error(`No courses row matches {"id":"${cohort.courseId}"}`);
  const [promptId, questionId, type, choices, queue, asked] = extra;
  if (promptId === null) return { enrollment, cohort, course, openPrompt: null };
  if (type === null) throw new Error(`No questions row matches {"id":${Number(questionId)}}`);
  const decoded = codecFor(m, QuestionEntity).decodeProperty('choices', choices) as unknown[];
  const openPrompt = {
    promptId: Number(promptId),
    questionId: Number(questionId),
    type: type as QuestionType,
    choiceCount: decoded.length,
    nextQuestionId: nextInQueue(m, queue, asked),
  };
  return { enrollment, cohort, course, openPrompt };
}

/** The first question of the session's queue not asked yet (`asked`: "3,7,12"), or null. */
function nextInQueue(m: EntityManager, queue: unknown, asked: unknown): number | null {
  const { questionIds } = codecFor(m, DailySessionEntity).decodeProperty(
    'queue',
    queue,
  ) as SessionQueue;
  // A list of ids as text; a buffer from MariaDB when it calls it binary.
  const done = new Set(asked === null ? [] : String(asked).split(',').map(Number));
  return questionIds.find((id) => !done.has(id)) ?? null;
}
