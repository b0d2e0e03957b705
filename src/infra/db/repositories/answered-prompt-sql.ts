import { EntityManager } from 'typeorm';
import {
  CardEntity,
  DailySessionEntity,
  EnrollmentEntity,
  QuestionEntity,
  SessionPromptEntity,
} from '../entities';
import { joinedRead } from '../raw-joins';

/**
 * Grading's read: the prompt, its session and enrolment, the question and the card; whether
 * the message was graded already, and the questions the session has asked; and `n`, the
 * question the session is expected to ask next, if it is live.
 */
const ANSWERED_ROWS = {
  p: SessionPromptEntity,
  s: DailySessionEntity,
  e: EnrollmentEntity,
  q: QuestionEntity,
  c: CardEntity,
  n: QuestionEntity,
};
const ANSWERED_FROM =
  'FROM session_prompts p ' +
  'LEFT JOIN daily_sessions s ON s.id = p.session_id ' +
  'LEFT JOIN enrollments e ON e.id = s.enrollment_id ' +
  'LEFT JOIN questions q ON q.id = p.question_id ' +
  'LEFT JOIN cards c ON c.enrollment_id = p.enrollment_id AND c.question_id = p.question_id ' +
  'LEFT JOIN questions n ON n.id = ? AND n.retired_at IS NULL ' +
  'WHERE p.id = ?';
const ANSWERED_EXTRA = [
  '(SELECT 1 FROM review_logs r WHERE r.inbound_message_id = ? LIMIT 1)',
  '(SELECT GROUP_CONCAT(a.question_id) FROM session_prompts a WHERE a.session_id = p.session_id)',
];
export const answeredRead = (
  m: EntityManager,
  promptId: number,
  inboundMessageId: string | null,
  nextQuestionId: number | null,
) =>
  joinedRead(m, ANSWERED_ROWS, ANSWERED_EXTRA, ANSWERED_FROM, [
    inboundMessageId,
    nextQuestionId,
    promptId,
  ]);
