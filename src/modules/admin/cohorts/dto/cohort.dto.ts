import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Allow, IsDefined, IsIn, IsOptional } from 'class-validator';
import { COHORT_DEFAULTS, LESSON_QUESTIONS } from '../../../../core/enrollment/cohort-settings';
import type { LessonQuestions } from '../../../../core/enrollment/cohort-settings';
import { COHORT_STATUSES } from '../../../../core/records';
import type { CohortStatus } from '../../../../core/records';

/*
 * Values are checked as a whole by CohortService (core/enrollment/cohort-settings), not field
 * by field here: that way one 400 names every problem at once, the course's existence
 * included, which a field decorator cannot look up. The decorators only admit the fields.
 */

export class CreateCohortDto {
  @ApiProperty({ example: '上海销售一组 2026春', minLength: 1, maxLength: 200 })
  @IsDefined()
  name: string;

  @ApiProperty({
    example: 'internal-negotiation',
    description: 'A course that exists; fixed once created',
  })
  @IsDefined()
  courseId: string;

  @ApiPropertyOptional({
    example: '2026-03-02',
    format: 'date',
    description: 'Local date of the first possible session; default today in the cohort’s zone',
  })
  @Allow()
  startDate?: string;

  @ApiPropertyOptional({
    example: 'Asia/Shanghai',
    description: 'IANA zone; default DEFAULT_TIMEZONE',
  })
  @Allow()
  timezone?: string;

  @ApiPropertyOptional({
    example: '09:00',
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
    default: COHORT_DEFAULTS.deliveryTime,
  })
  @Allow()
  deliveryTime?: string;

  @ApiPropertyOptional({
    type: [Number],
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays, 1 = Monday ... 7 = Sunday; distinct, at least one',
    minItems: 1,
    maxItems: 7,
  })
  @Allow()
  workdays?: number[];

  @ApiPropertyOptional({ minimum: 0, maximum: 50, default: COHORT_DEFAULTS.newLessonsPerDay })
  @Allow()
  newLessonsPerDay?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 50, default: COHORT_DEFAULTS.maxReviewsPerDay })
  @Allow()
  maxReviewsPerDay?: number;

  @ApiPropertyOptional({ minimum: 0.7, maximum: 0.99, default: COHORT_DEFAULTS.desiredRetention })
  @Allow()
  desiredRetention?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 23,
    default: COHORT_DEFAULTS.reminderAfterHours,
    description: 'Hours after the session start before one reminder; 0 for none',
  })
  @Allow()
  reminderAfterHours?: number;

  @ApiPropertyOptional({ example: '22:00', default: COHORT_DEFAULTS.quietHoursStart })
  @Allow()
  quietHoursStart?: string;

  @ApiPropertyOptional({ example: '08:00', default: COHORT_DEFAULTS.quietHoursEnd })
  @Allow()
  quietHoursEnd?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    default: COHORT_DEFAULTS.masteryDays,
    description: 'A card is mastered once its stability reaches this many days',
  })
  @Allow()
  masteryDays?: number;

  @ApiPropertyOptional({
    enum: LESSON_QUESTIONS,
    default: COHORT_DEFAULTS.lessonQuestions,
    description:
      'When a new lesson’s questions are first asked: right after the lesson, or in a later session as its first spaced retrieval (asked at once on a day that would otherwise ask nothing)',
  })
  @Allow()
  lessonQuestions?: LessonQuestions;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'cn',
    description:
      'A calendar in CONTENT_DIR/calendars; default "cn" for zones in China, null for none',
  })
  @Allow()
  holidayCalendar?: string | null;
}

/** Every setting but the course, which would orphan the learners' history. */
export class UpdateCohortDto extends PartialType(OmitType(CreateCohortDto, ['courseId'] as const)) {
  @ApiPropertyOptional({
    enum: COHORT_STATUSES,
    description:
      '`paused` stops every session until `active` again; `archived` also refuses new learners (409). History stays either way.',
  })
  @IsOptional()
  @IsIn(COHORT_STATUSES, { message: `must be one of ${COHORT_STATUSES.join(', ')}` })
  status?: CohortStatus;
}
