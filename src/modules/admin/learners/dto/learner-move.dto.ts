import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { BotAccountRef } from '../../../bot-accounts/dto/bot-account-ref.response';

export class MoveLearnerDto {
  @ApiProperty({ example: 2, description: 'An enabled bot account' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  botAccountId: number;
}

export class LearnerMoveResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ type: BotAccountRef }) botAccount: BotAccountRef;

  @ApiProperty({
    example: 'K7M2QX',
    description:
      'Shown once: the learner sends it to the new account to join there; every older code stops working',
  })
  code: string;

  @ApiProperty() expiresAt: Date;

  @ApiProperty({ description: 'Messages still waiting, now queued on the new account' })
  messagesMoved: number;
}
