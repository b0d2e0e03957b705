import { ApiProperty } from '@nestjs/swagger';
import { PageInfo } from '../../admin/common/page.dto';

const STATUSES = ['active', 'paused', 'completed', 'withdrawn'];
const NOT_FOR_TRAINERS = 'Left out for trainer keys: trainers see figures, not who';

/** One learner's progress in one cohort. Ratios are fractions from 0 to 1, to four decimals. */
export class LearnerProgressRow {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 34 }) enrollmentId: number;
  @ApiProperty({ example: 'E001', required: false, description: NOT_FOR_TRAINERS })
  externalId: string;
  @ApiProperty({ example: '王丽', required: false, description: NOT_FOR_TRAINERS }) name: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ description: 'Joined the WeChat bot' }) bound: boolean;
  @ApiProperty({ example: 7, description: 'Lessons sent, of the course’s current lessons' })
  lessonsDelivered: number;
  @ApiProperty({ example: 9 }) lessonsTotal: number;
  @ApiProperty({ example: 14, description: 'Answers given, reviews included' }) answers: number;
  @ApiProperty({ example: 12, description: 'Answers fully right (a partly right one is not)' })
  correct: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.8571, description: 'correct / answers' })
  accuracy: number | null;
  @ApiProperty({
    example: 3,
    description:
      'Sessions answered in a row, up to the latest one; sessions are held on session days only (cohort workdays, holidays off), and today’s unanswered session does not break it',
  })
  currentStreak: number;
  @ApiProperty({ example: 4 }) longestStreak: number;
  @ApiProperty({ type: Date, nullable: true, description: 'The last answer' })
  lastActiveAt: Date | null;
  @ApiProperty({
    example: 14,
    description: 'Cards (one per question delivered) of current questions',
  })
  cards: number;
  @ApiProperty({ example: 3, description: 'Cards due for review now' }) cardsDue: number;
  @ApiProperty({
    example: 2,
    description: 'Cards whose stability reached the cohort’s masteryDays',
  })
  cardsMastered: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.8123,
    description:
      'Mean probability of recall now (FSRS), over every card; a card never answered counts 0',
  })
  meanRetrievability: number | null;
  @ApiProperty({
    description: 'Active, and no answer in the last 3 session days (not bound counts as no answer)',
  })
  atRisk: boolean;
}

export class ProgressTotalsResponse {
  @ApiProperty({ example: 300, description: 'Learners enrolled, erased ones left out' })
  learners: number;
  @ApiProperty() active: number;
  @ApiProperty() paused: number;
  @ApiProperty() completed: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty({ description: 'Learners who joined the bot' }) bound: number;
  @ApiProperty({ example: 240, description: 'Learners who answered in the last 7 days (168 h)' })
  activeLast7Days: number;
  @ApiProperty() atRisk: number;
  @ApiProperty() answers: number;
  @ApiProperty() correct: number;
  @ApiProperty({ type: Number, nullable: true, description: 'correct / answers over the cohort' })
  accuracy: number | null;
  @ApiProperty() lessonsDelivered: number;
  @ApiProperty() cards: number;
  @ApiProperty() cardsDue: number;
  @ApiProperty() cardsMastered: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean recall now over every card of the cohort',
  })
  meanRetrievability: number | null;
}

export class AtRiskLearner {
  @ApiProperty() learnerId: number;
  @ApiProperty({ required: false, description: NOT_FOR_TRAINERS }) externalId: string;
  @ApiProperty({ required: false, description: NOT_FOR_TRAINERS }) name: string;
  @ApiProperty() bound: boolean;
  @ApiProperty({ type: Date, nullable: true }) lastActiveAt: Date | null;
}

export class ProgressLearnersPage extends PageInfo {
  @ApiProperty({ type: [LearnerProgressRow], description: 'In enrolment order' })
  items: LearnerProgressRow[];
}

export class CohortProgressResponse {
  @ApiProperty() cohortId: number;
  @ApiProperty({ description: 'The moment the figures describe' }) generatedAt: Date;
  @ApiProperty({ description: 'Lessons in the course now' }) lessonsTotal: number;
  @ApiProperty({ type: ProgressTotalsResponse }) totals: ProgressTotalsResponse;
  @ApiProperty({ type: [AtRiskLearner], description: 'Every learner at risk, in enrolment order' })
  atRisk: AtRiskLearner[];
  @ApiProperty({ type: ProgressLearnersPage }) learners: ProgressLearnersPage;
}

export class RecentReview {
  @ApiProperty() reviewedAt: Date;
  @ApiProperty({ example: 'internal-negotiation/messenger-or-negotiator/q1' }) questionId: string;
  @ApiProperty({ enum: ['right', 'partial', 'wrong'] }) grade: string;
  @ApiProperty({ example: 'C', description: 'The answer as understood: letters, or true/false' })
  chosen: string;
  @ApiProperty({ example: 'B' }) correctAnswer: string;
  @ApiProperty({ description: 'The first answer to this question' }) firstTry: boolean;
  @ApiProperty({ description: 'From the prompt to the answer' }) latencyMs: number;
}

export class QuestionRecallResponse {
  @ApiProperty({ example: 'internal-negotiation/messenger-or-negotiator/q1' })
  questionId: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.8123,
    description: 'Predicted probability of recall now (FSRS); null before the first answer',
  })
  recall: number | null;
  @ApiProperty({ description: 'When the question is due for review' }) due: Date;
}

export class SessionDayResponse {
  @ApiProperty({ example: '2026-03-02', format: 'date', description: 'In the learner’s zone' })
  date: string;
  @ApiProperty({ example: 2, description: 'Answers given in that day’s session' })
  answered: number;
  @ApiProperty({ example: 1, description: 'Of them fully right' }) correct: number;
}

export class EnrollmentProgress extends LearnerProgressRow {
  @ApiProperty() cohortId: number;
  @ApiProperty() cohortName: string;
  @ApiProperty({
    type: [QuestionRecallResponse],
    description: 'Every question delivered (current ones), lowest predicted recall first',
  })
  questions: QuestionRecallResponse[];
  @ApiProperty({
    type: [SessionDayResponse],
    description: 'Every session day, oldest first: the answers over time',
  })
  sessionDays: SessionDayResponse[];
  @ApiProperty({ type: [RecentReview], description: 'The latest 20 answers, newest first' })
  recentReviews: RecentReview[];
}

export class LearnerProgressResponse {
  @ApiProperty() learnerId: number;
  @ApiProperty({ required: false, description: NOT_FOR_TRAINERS }) externalId: string;
  @ApiProperty({ required: false, description: NOT_FOR_TRAINERS }) name: string;
  @ApiProperty() generatedAt: Date;
  @ApiProperty({ type: [EnrollmentProgress] }) enrollments: EnrollmentProgress[];
}
