import { ApiProperty } from '@nestjs/swagger';
import { BotAccountRef } from '../../../bot-accounts/dto/bot-account-ref.response';
import { PageInfo } from '../../common/page.dto';
import { ENROLLMENT_STATUSES } from './learner.dto';

export class EnrollmentResponse {
  @ApiProperty({ example: 34 }) id: number;
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({ enum: ENROLLMENT_STATUSES }) status: string;
  @ApiProperty() enrolledAt: Date;
  @ApiProperty({ type: Date, nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When the next daily session starts' })
  nextSessionAt: Date | null;
}

export class LearnerResponse {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ example: 'E001' }) externalId: string;
  @ApiProperty({ example: '王丽' }) name: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'zh',
    description: 'Null: the course’s default',
  })
  locale: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Null: the cohort’s' })
  timezone: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '08:30',
    description: 'Null: the cohort’s',
  })
  deliveryTime: string | null;
  @ApiProperty({ description: 'Joined the WeChat bot with their code' }) bound: boolean;
  @ApiProperty({ type: Date, nullable: true }) boundAt: Date | null;
  @ApiProperty({
    type: BotAccountRef,
    nullable: true,
    description:
      'The account every message to the learner goes through; null: the one WECHATY_* account of a pool with no account stored',
  })
  botAccount: BotAccountRef | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: [EnrollmentResponse] }) enrollments: EnrollmentResponse[];
}

/** A learner in one cohort's list. */
export class CohortLearnerResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 34 }) enrollmentId: number;
  @ApiProperty({ example: 'E001' }) externalId: string;
  @ApiProperty({ example: '王丽' }) name: string;
  @ApiProperty({ enum: ENROLLMENT_STATUSES }) status: string;
  @ApiProperty() bound: boolean;
  @ApiProperty({ type: String, nullable: true }) locale: string | null;
  @ApiProperty({ type: String, nullable: true }) timezone: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveryTime: string | null;
  @ApiProperty() enrolledAt: Date;
  @ApiProperty({ type: Date, nullable: true }) nextSessionAt: Date | null;
}

export class CohortLearnersPage extends PageInfo {
  @ApiProperty({ type: [CohortLearnerResponse] }) items: CohortLearnerResponse[];
}

export class EnrollmentCodeResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 'K7M2QX', description: 'Shown once; every older code stops working' })
  code: string;
  @ApiProperty() expiresAt: Date;
}

export class ErasureResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty() erasedAt: Date;
}
