import type { QuestionType } from '../content/course-model';
import type { Grade } from '../srs/grade';

/** One quiz prompt, its texts already in the learner's language. */
export interface PromptView {
  /** 1-based place of this prompt in today's session. */
  position: number;
  total: number;
  type: QuestionType;
  prompt: string;
  /** In letter order A, B, C...; empty for truefalse. */
  choices: string[];
}

export interface SummaryView {
  correct: number;
  answered: number;
  streakDays: number;
  /** Already formatted for the learner, e.g. `formatNextSession(...)`: "Mon 09:00" / "周一 09:00". */
  nextSession: string;
}

export interface LessonMessageView {
  courseTitle?: string;
  lessonTitle: string;
  body: string;
  dayNumber?: number;
  firstPrompt?: PromptView;
  /** The first prompt is a review: this lesson's questions come in a later session. */
  questionsLater?: boolean;
}

export interface ReviewStartView {
  reviewCount: number;
  firstPrompt: PromptView;
}

export interface FeedbackView {
  grade: Grade;
  /** Canonical answer: `"B"`, `"AC"`, `"true"` / `"false"`. */
  correctAnswer: string;
  /** The texts of the right choices, in the order of their letters; empty for truefalse. */
  correctChoiceTexts: string[];
  explain: string;
  comesBackInDays: number;
  /** The prompt that follows in the same message; the message ends with it. */
  next?: PromptView;
  /** The day's one-line summary, riding on the last feedback. */
  summary?: SummaryView;
}

export interface ReminderView {
  /** Prompts still unanswered today, the open one included. */
  remaining: number;
  prompt: PromptView;
}

export interface CompletionView {
  courseTitle: string;
  lessons: number;
  mastered: number;
}

export interface WelcomeView {
  name?: string;
  courseTitle: string;
  /** `HH:MM`, local. */
  deliveryTime: string;
}

export interface ProgressView {
  lessonsDelivered: number;
  lessonsTotal: number;
  answers: number;
  /** 0-100; ignored when there are no answers yet. */
  accuracyPct: number;
  streakDays: number;
  dueNow: number;
  mastered: number;
}
