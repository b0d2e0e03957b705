import type { QuestionType } from '../../core/content/course-model';
import type { SessionMark } from '../../core/progress/streaks';
import type {
  CardRecord,
  DailySessionRecord,
  EnrollmentRecord,
  PromptStatus,
  QuestionRecord,
  SessionPromptRecord,
} from '../../core/records';

/** A learner's newest open prompt, with what parsing a reply to it needs. */
export interface OpenPromptRow {
  promptId: number;
  questionId: number;
  type: QuestionType;
  choiceCount: number;
  /**
   * The question the session would ask next, as read with the prompt (the first of its queue
   * not asked yet; null: none left): grading reads it with the close instead of after it.
   * Absent where the reader did not look.
   */
  nextQuestionId?: number | null;
}

/** What grading an answer reads, in one go; each part null when its row is missing. */
export interface AnsweredRows {
  /** As it is now: closed by this answer when `closed`. */
  prompt: SessionPromptRecord;
  /** This answer closed the prompt; false when it was closed already. */
  closed: boolean;
  session: DailySessionRecord | null;
  enrollment: EnrollmentRecord | null;
  question: QuestionRecord | null;
  card: CardRecord | null;
  /** A review already holds the answer's chat message. */
  messageGraded: boolean;
  /** The questions the prompt's session has asked, one per prompt. */
  askedQuestionIds: number[];
  /** The question asked to be read along (`alsoQuestion`), if it is live; else null. */
  alsoQuestion: QuestionRecord | null;
}

export type NewSession = Omit<DailySessionRecord, 'id'>;
export type NewPrompt = Omit<SessionPromptRecord, 'id'>;

/** A session whose reminder is due, with its enrolment. */
export type RemindableSession = DailySessionRecord & { enrollment: EnrollmentRecord | null };

/** Daily sessions and the prompts asked in them. */
export abstract class SessionRepository {
  abstract openPromptOf(learnerId: number): Promise<OpenPromptRow | null>;
  /**
   * Closes the prompt if it is still open, and reads it with what grading needs: one round
   * trip. When a review already holds `inboundMessageId` (the message came again) the
   * prompt is left as it was. `alsoQuestion`, the id of a question grading expects to need,
   * is read in the same round trip.
   */
  abstract closeForAnswer(
    promptId: number,
    inboundMessageId: string | null,
    now: Date,
    alsoQuestion?: number | null,
  ): Promise<AnsweredRows | null>;
  abstract promptStatus(promptId: number): Promise<PromptStatus | null>;
  abstract prompt(promptId: number): Promise<SessionPromptRecord>;
  abstract openPromptIn(sessionId: number): Promise<SessionPromptRecord | null>;
  abstract addPrompts(prompts: NewPrompt[]): Promise<void>;
  /** Adds one prompt and returns it with its id. */
  abstract addPrompt(prompt: NewPrompt): Promise<SessionPromptRecord>;
  abstract promptsAsked(sessionId: number): Promise<number>;

  abstract session(id: number): Promise<DailySessionRecord>;
  abstract sessionOn(enrollmentId: number, localDate: string): Promise<DailySessionRecord | null>;
  abstract addSession(session: NewSession): Promise<DailySessionRecord>;
  /** Adds the sessions and returns their ids by `enrollmentId|localDate`. */
  abstract addSessions(sessions: NewSession[]): Promise<Map<string, number>>;
  /** The enrolments of these (enrollment, local date) pairs that hold a session. */
  abstract heldOn(pairs: Array<[number, string]>): Promise<Set<number>>;
  abstract setTally(sessionId: number, tally: { answered: number; correct: number }): Promise<void>;
  abstract setStatus(sessionId: number, status: DailySessionRecord['status']): Promise<void>;
  /** Every session of the enrolment, oldest first, as a streak sees it. */
  abstract marks(enrollmentId: number): Promise<SessionMark[]>;

  /** Expires up to `limit` sessions past their end, with their open prompts; returns how many. */
  abstract expireDue(now: Date, limit: number): Promise<number>;
  /** Up to `limit` unanswered open sessions whose reminder is due. */
  abstract remindable(now: Date, limit: number): Promise<RemindableSession[]>;
  abstract clearReminder(sessionId: number): Promise<void>;
}
