import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { LOCALES } from '../../../../core/content/course-model';
import type { Locale } from '../../../../core/content/course-model';
import type { EnrollmentStatus } from '../../../../core/records';
import { PageQuery } from '../../common/page.dto';
import { IsClockTime, IsIanaTimezone } from '../../common/validators';

export const ENROLLMENT_STATUSES = ['active', 'paused', 'completed', 'withdrawn'] as const;
export const SETTABLE_STATUSES = ['active', 'paused'] as const;

export class ListLearnersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLLMENT_STATUSES, { message: `must be one of ${ENROLLMENT_STATUSES.join(', ')}` })
  status?: EnrollmentStatus;

  @ApiPropertyOptional({
    description: 'Part of a name or external id',
    example: '王',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '`true`: only learners who joined on WeChat; `false`: only those who have not',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  bound?: 'true' | 'false';
}

/** Fields left out stay as they are; null puts a setting back to the cohort's (or course's) default. */
export class UpdateLearnerDto {
  @ApiPropertyOptional({
    enum: SETTABLE_STATUSES,
    description: '`paused` stops daily sessions; `active` resumes them',
  })
  @IsOptional()
  @IsIn(SETTABLE_STATUSES, { message: 'must be active or paused' })
  status?: (typeof SETTABLE_STATUSES)[number];

  @ApiPropertyOptional({ example: '王丽', minLength: 1, maxLength: 200 })
  @ValidateIf((dto: UpdateLearnerDto) => dto.name !== undefined)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: LOCALES, nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: 'must be zh or en' })
  locale?: Locale | null;

  @ApiPropertyOptional({
    type: String,
    example: '20:30',
    nullable: true,
    description: 'HH:MM local',
  })
  @IsOptional()
  @IsClockTime()
  deliveryTime?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Asia/Shanghai', nullable: true })
  @IsOptional()
  @IsIanaTimezone()
  timezone?: string | null;
}
