import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES } from '../../../../core/content/course-model';
import { BotAccountRef } from '../../../bot-accounts/dto/bot-account-ref.response';

/** One learner in a bulk enrolment (a JSON array item, or a CSV row under the same column names). */
export class EnrolLearnerRow {
  @ApiProperty({
    example: 'E001',
    minLength: 1,
    maxLength: 128,
    description: 'HR’s id for the person; the import is idempotent by it',
  })
  externalId: string;

  @ApiProperty({ example: '王丽', minLength: 1, maxLength: 200 })
  name: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'Default: the course’s default locale' })
  locale?: string;

  @ApiPropertyOptional({ example: '08:30', description: 'HH:MM local; default: the cohort’s' })
  deliveryTime?: string;

  @ApiPropertyOptional({
    example: 'Asia/Shanghai',
    description: 'IANA zone; default: the cohort’s',
  })
  timezone?: string;

  @ApiPropertyOptional({
    example: 2,
    description:
      'The enabled bot account a new learner is pinned to; default: the enabled one with the fewest learners. A learner already pinned keeps their account (POST /learners/{id}/bot-account moves them)',
  })
  botAccountId?: number;
}

export class EnrolledLearnerResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 34 }) enrollmentId: number;
  @ApiProperty({ example: 'E001' }) externalId: string;
  @ApiProperty({ example: '王丽' }) name: string;
  @ApiProperty({
    description: 'False when the externalId was already known (updated, not duplicated)',
  })
  created: boolean;

  @ApiProperty({
    description: 'Already enrolled with the same name and settings: this row changed nothing',
  })
  unchanged: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'K7M2QX',
    description:
      'The one-time code the learner sends the bot: a new one, or the one issued before while it still works (a re-sent file returns the same codes). Null once the learner has joined, or for a code issued before codes were kept: POST /learners/{id}/code or POST /cohorts/{id}/codes issues a new one',
  })
  code: string | null;

  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'Codes expire 14 days after they are issued',
  })
  codeExpiresAt: Date | null;

  @ApiProperty({
    type: BotAccountRef,
    nullable: true,
    description:
      'The account the learner sends their code to and hears from; null: the one WECHATY_* account of a pool with no account stored',
  })
  botAccount: BotAccountRef | null;
}

export class EnrolmentResponse {
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({ example: 298, description: 'Learners new to the service' }) created: number;
  @ApiProperty({
    example: 2,
    description:
      'Learners already known by their externalId whose name or settings changed, or who joined this cohort',
  })
  updated: number;
  @ApiProperty({ example: 0, description: 'Rows identical to what is stored: nothing changed' })
  unchanged: number;
  @ApiProperty({ type: [EnrolledLearnerResponse], description: 'In the order sent' })
  learners: EnrolledLearnerResponse[];
}
