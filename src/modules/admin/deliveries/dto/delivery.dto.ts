import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { OutboxStatus } from '../../../../core/records';
import { PageInfo, PageQuery } from '../../common/page.dto';

const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: `must be one of ${OUTBOX_STATUSES.join(', ')}` })
  status?: OutboxStatus;
}

/** One outbox message; its text is left out, as it may quote what the learner answered. */
export class DeliveryResponse {
  @ApiProperty({ example: 812 }) id: number;
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 'lesson', description: 'lesson, feedback, reminder, completion, ...' })
  kind: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status: string;
  @ApiProperty({ example: 5 }) attempts: number;
  @ApiProperty() nextAttemptAt: Date;
  @ApiProperty({ type: String, nullable: true, example: 'contact not found' }) lastError:
    string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
}

export class DeliveriesPage extends PageInfo {
  @ApiProperty({ type: [DeliveryResponse], description: 'Newest first' }) items: DeliveryResponse[];
}

export class DeliverNowResponse {
  @ApiProperty({ description: 'Sessions started now; their messages are in the outbox' })
  started: number;
  @ApiProperty({ description: 'Already had today’s session' }) alreadyToday: number;
  @ApiProperty({ description: 'Nothing new to teach and nothing due' }) nothingDue: number;
  @ApiProperty({ description: 'Not joined the bot yet' }) notBound: number;
}
