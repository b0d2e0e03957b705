import { ApiProperty } from '@nestjs/swagger';
import { LESSON_QUESTIONS } from '../../../../core/enrollment/cohort-settings';
import { COHORT_STATUSES } from '../../../../core/records';

export class LearnerCountsResponse {
  @ApiProperty({ description: 'Learners enrolled, erased ones left out', example: 300 })
  total: number;
  @ApiProperty() active: number;
  @ApiProperty() paused: number;
  @ApiProperty() completed: number;
  @ApiProperty() withdrawn: number;
}

export class CohortResponse {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: '上海销售一组 2026春' }) name: string;
  @ApiProperty({ example: 'internal-negotiation' }) courseId: string;
  @ApiProperty({
    enum: COHORT_STATUSES,
    description: 'Paused and archived cohorts get no sessions; archived ones take no new learners',
  })
  status: string;
  @ApiProperty({ example: '2026-03-02', format: 'date' }) startDate: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
  @ApiProperty({ example: '09:00' }) deliveryTime: string;
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5] }) workdays: number[];
  @ApiProperty({ example: 1 }) newLessonsPerDay: number;
  @ApiProperty({ example: 5 }) maxReviewsPerDay: number;
  @ApiProperty({ example: 0.9 }) desiredRetention: number;
  @ApiProperty({ example: 4 }) reminderAfterHours: number;
  @ApiProperty({ example: '22:00' }) quietHoursStart: string;
  @ApiProperty({ example: '08:00' }) quietHoursEnd: string;
  @ApiProperty({ example: 21 }) masteryDays: number;
  @ApiProperty({ enum: LESSON_QUESTIONS }) lessonQuestions: string;
  @ApiProperty({ type: String, nullable: true, example: 'cn' }) holidayCalendar: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'From 30 days before the holiday calendar runs out: past its last date every workday holds a session, public holidays included. Null otherwise.',
  })
  calendarWarning: string | null;
  @ApiProperty({ type: LearnerCountsResponse }) learners: LearnerCountsResponse;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
