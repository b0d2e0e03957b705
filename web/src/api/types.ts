/** The admin API's response shapes, as `openapi.json` names them (checked by web-api-types.spec.ts). */
export type Role = 'admin' | 'hr' | 'trainer';
export type Status = 'active' | 'paused' | 'completed' | 'withdrawn';
export type CohortStatus = 'active' | 'paused' | 'archived';
export type Localized = { zh?: string; en?: string };

export interface CallerResponse {
  role: Role;
  name: string;
  cohortIds: number[] | null;
}

export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  details: Array<{ field: string; message: string }>;
}

export interface LearnerCountsResponse {
  total: number;
  active: number;
  paused: number;
  completed: number;
  withdrawn: number;
}

/** When a lesson's questions are asked: right after it, or in the learner's next session. */
export type LessonQuestions = 'same-session' | 'next-session';

export interface CohortResponse {
  id: number;
  name: string;
  courseId: string;
  status: CohortStatus;
  startDate: string;
  timezone: string;
  deliveryTime: string;
  workdays: number[];
  newLessonsPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  lessonQuestions: LessonQuestions;
  calendarWarning: string | null;
  learners: LearnerCountsResponse;
  createdAt: string;
}

export interface ProgressTotalsResponse {
  learners: number;
  active: number;
  paused: number;
  completed: number;
  withdrawn: number;
  bound: number;
  activeLast7Days: number;
  atRisk: number;
  answers: number;
  correct: number;
  accuracy: number | null;
  lessonsDelivered: number;
  cards: number;
  cardsDue: number;
  cardsMastered: number;
  meanRetrievability: number | null;
}

export interface AtRiskLearner {
  learnerId: number;
  /** Left out for trainer keys, as in every progress row. */
  externalId?: string;
  name?: string;
  bound: boolean;
  lastActiveAt: string | null;
}

export interface LearnerProgressRow {
  learnerId: number;
  enrollmentId: number;
  externalId?: string;
  name?: string;
  status: Status;
  bound: boolean;
  lessonsDelivered: number;
  lessonsTotal: number;
  answers: number;
  correct: number;
  accuracy: number | null;
  currentStreak: number;
  longestStreak: number;
  lastActiveAt: string | null;
  cards: number;
  cardsDue: number;
  cardsMastered: number;
  meanRetrievability: number | null;
  atRisk: boolean;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface CohortProgressResponse {
  cohortId: number;
  generatedAt: string;
  lessonsTotal: number;
  totals: ProgressTotalsResponse;
  atRisk: AtRiskLearner[];
  learners: Page<LearnerProgressRow>;
}

export interface RecentReview {
  reviewedAt: string;
  questionId: string;
  grade: 'right' | 'partial' | 'wrong';
  chosen: string;
  correctAnswer: string;
  firstTry: boolean;
  latencyMs: number;
}

export interface QuestionRecallResponse {
  questionId: string;
  recall: number | null;
  due: string;
}

export interface SessionDayResponse {
  date: string;
  answered: number;
  correct: number;
}

export interface EnrollmentProgress extends LearnerProgressRow {
  cohortId: number;
  cohortName: string;
  questions: QuestionRecallResponse[];
  sessionDays: SessionDayResponse[];
  recentReviews: RecentReview[];
}

export interface LearnerProgressResponse {
  learnerId: number;
  /** Left out for trainer keys: trainers see figures, not who. */
  externalId?: string;
  name?: string;
  generatedAt: string;
  enrollments: EnrollmentProgress[];
}

export interface LearnerResponse {
  id: number;
  externalId: string;
  name: string;
  locale: string | null;
  deliveryTime: string | null;
  bound: boolean;
  enrollments: Array<{ id: number; cohortId: number; status: Status }>;
}

export interface EnrolledLearnerResponse {
  learnerId: number;
  externalId: string;
  name: string;
  created: boolean;
  code: string | null;
  codeExpiresAt: string | null;
}

export interface EnrolmentResponse {
  cohortId: number;
  created: number;
  updated: number;
  unchanged: number;
  learners: EnrolledLearnerResponse[];
}

export interface BotAccountRef {
  id: number;
  name: string;
  wechatId: string | null;
  qrCardUrl: string | null;
}

export interface InviteResponse {
  learnerId: number;
  externalId: string;
  name: string;
  code: string | null;
  codeExpiresAt: string | null;
  botAccount: BotAccountRef | null;
}

export interface InvitesResponse {
  cohortId: number;
  timezone: string;
  botName: string | null;
  botWechatId: string | null;
  learners: InviteResponse[];
}

export interface EnrollmentCodeResponse {
  learnerId: number;
  code: string;
  expiresAt: string;
}

export interface QuestionStatResponse {
  questionId: string;
  lessonId: string;
  lessonTitle: Localized;
  prompt: Localized;
  correctAnswer: string;
  retired: boolean;
  timesSent: number;
  timesAnswered: number;
  firstTryAccuracy: number | null;
  accuracy: number | null;
  mostChosenWrong: { answer: string; count: number; texts: Localized[] };
  meanRetrievability: number | null;
}

export interface QuestionStatsResponse {
  cohortId: number;
  courseId: string;
  questions: QuestionStatResponse[];
}

export interface KnowledgeMapResponse {
  cohortId: number;
  weeks: Array<{ week: number; from: string }>;
  modules: Array<{ moduleId: string; answers: number[]; accuracy: Array<number | null> }>;
}

export interface CourseResponse {
  id: string;
  title: Localized;
  lessonCount: number;
  questionCount: number;
}

export interface CourseDetailResponse extends CourseResponse {
  modules: Array<{
    id: string;
    title: Localized;
    lessons: Array<{
      id: string;
      title: Localized;
      questions: Array<{ id: string; type: string; prompt: Localized }>;
    }>;
  }>;
}

export interface SyncReportResponse {
  dryRun: boolean;
  courses: Array<{
    courseId: string;
    change: string;
    items: Array<{ kind: string; id: string; change: string }>;
  }>;
  warnings: string[];
}

export interface DeliveryResponse {
  id: number;
  learnerId: number;
  kind: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

export interface SeriesDayResponse {
  date: string;
  sessions: number;
  answers: number;
  learnersAnswering: number;
  participation: number | null;
  accuracy: number | null;
  meanPredictedRecall: number | null;
}

export interface CohortSeriesResponse {
  cohortId: number;
  timezone: string;
  from: string;
  to: string;
  days: SeriesDayResponse[];
}

export interface BotAccountResponse {
  id: number;
  name: string;
  puppet: string;
  enabled: boolean;
  state: 'logged-in' | 'waiting-for-scan' | 'logged-out' | 'error' | 'disabled';
  stateReason: string | null;
  qrUrl: string | null;
  wechatId: string | null;
  wechatName: string | null;
  instance: string | null;
  learnersPinned: number;
  queued: number;
  sentToday: number;
  drainsAt: string | null;
}

export interface BotStatusResponse {
  state: 'disabled' | 'starting' | 'waiting-for-scan' | 'logged-in' | 'logged-out' | 'error';
  qrCodeUrl?: string;
  account?: string;
  reason?: string;
}
