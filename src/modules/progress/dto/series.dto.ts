import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { checkLocalDate } from '../../../core/enrollment/settings-rules';

const IsLocalDate = () =>
  ValidateBy({
    name: 'isLocalDate',
    validator: {
      validate: (value) => checkLocalDate(value) === null,
      defaultMessage: () => checkLocalDate(undefined)!,
    },
  });

export class SeriesQuery {
  @ApiPropertyOptional({
    example: '2026-03-02',
    format: 'date',
    description: 'First local date; default 29 days before `to`',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    format: 'date',
    description: 'Last local date; default today in the cohort’s zone. At most 366 days in all.',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

export class SeriesDayResponse {
  @ApiProperty({ example: '2026-03-02', format: 'date' }) date: string;
  @ApiProperty({ example: 280, description: 'Sessions held that day (one per learner)' })
  sessions: number;
  @ApiProperty({ example: 1100, description: 'Answers given in that day’s sessions' })
  answers: number;
  @ApiProperty({ example: 240, description: 'Learners who answered at least once' })
  learnersAnswering: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.8571,
    description: 'learnersAnswering / learners with a session that day; null without sessions',
  })
  participation: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.72,
    description: 'Right answers / answers',
  })
  accuracy: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.83,
    description:
      'Mean FSRS recall at the day’s end over the cards that existed then (unanswered ones count 0), replayed from the review log; see recallSample',
  })
  meanPredictedRecall: number | null;
}

export class RecallSampleResponse {
  @ApiProperty({ example: 300, description: 'Learners whose cards the recall is computed over' })
  learners: number;
  @ApiProperty({ example: 10000, description: 'Learners in the cohort' })
  of: number;
}

export class CohortSeriesResponse {
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'The zone of the local dates' })
  timezone: string;
  @ApiProperty({ example: '2026-03-02', format: 'date' }) from: string;
  @ApiProperty({ example: '2026-03-31', format: 'date' }) to: string;
  @ApiProperty({
    type: RecallSampleResponse,
    description:
      'Recall is exact for cohorts up to 300 learners; above, it is the mean over 300 learners spread evenly over the enrolment order (standard error about 0.01)',
  })
  recallSample: RecallSampleResponse;
  @ApiProperty({ type: [SeriesDayResponse], description: 'Every date from `from` to `to`' })
  days: SeriesDayResponse[];
}
