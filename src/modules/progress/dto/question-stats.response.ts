import { ApiProperty } from '@nestjs/swagger';
import { QUESTION_TYPES } from '../../../core/content/course-model';
import { LocalizedTextResponse } from '../../content/dto/course.response';

export class WrongChoiceResponse {
  @ApiProperty({
    example: 'C',
    description: 'The wrong answer as understood: letters, or true/false',
  })
  answer: string;
  @ApiProperty({ example: 7, description: 'How many answers chose it' }) count: number;
  @ApiProperty({
    type: [LocalizedTextResponse],
    description: 'The texts of its choices; none for true/false',
  })
  texts: LocalizedTextResponse[];
}

export class QuestionStatResponse {
  @ApiProperty({ example: 'internal-negotiation/messenger-or-negotiator/q1' }) questionId: string;
  @ApiProperty({ example: 'messenger-or-negotiator' }) lessonId: string;
  @ApiProperty({ type: LocalizedTextResponse }) lessonTitle: LocalizedTextResponse;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty({ type: LocalizedTextResponse }) prompt: LocalizedTextResponse;
  @ApiProperty({ example: 'B' }) correctAnswer: string;
  @ApiProperty({ description: 'Removed from the course files; its history is kept' })
  retired: boolean;
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      'When its answer or choices last changed; the figures include answers given before',
  })
  answerChangedAt: Date | null;
  @ApiProperty({ example: 40, description: 'Times put to a learner (reviews included)' })
  timesSent: number;
  @ApiProperty({ example: 36 }) timesAnswered: number;
  @ApiProperty({ example: 30, description: 'First answers: one per learner who answered' })
  firstTryAnswers: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.4,
    description: 'Share right at the first try',
  })
  firstTryAccuracy: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.55,
    description: 'Share right over every answer',
  })
  accuracy: number | null;
  @ApiProperty({ type: WrongChoiceResponse, nullable: true })
  mostChosenWrong: WrongChoiceResponse | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Mean recall now (FSRS) over the cohort’s cards of this question; unanswered cards count 0',
  })
  meanRetrievability: number | null;
}

export class QuestionStatsResponse {
  @ApiProperty() cohortId: number;
  @ApiProperty() courseId: string;
  @ApiProperty() generatedAt: Date;
  @ApiProperty({
    type: [QuestionStatResponse],
    description:
      'Worst first: lowest first-try accuracy, then lowest accuracy, then most answers; unanswered questions last. Erased learners’ answers count, anonymously.',
  })
  questions: QuestionStatResponse[];
}
