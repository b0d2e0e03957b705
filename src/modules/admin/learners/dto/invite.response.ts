import { ApiProperty } from '@nestjs/swagger';
import { BotAccountRef } from '../../../bot-accounts/dto/bot-account-ref.response';

export class InviteResponse {
  @ApiProperty({ example: 12 }) learnerId: number;
  @ApiProperty({ example: 'E001' }) externalId: string;
  @ApiProperty({ example: '王丽' }) name: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'K7M2QX',
    description:
      'The code the learner sends the bot; null when they hold none that still works (expired, or issued before codes were kept): POST /cohorts/{id}/codes issues new ones',
  })
  code: string | null;

  @ApiProperty({ type: Date, nullable: true, description: 'Codes expire 14 days after issue' })
  codeExpiresAt: Date | null;

  @ApiProperty({
    type: BotAccountRef,
    nullable: true,
    description:
      'The account to send the code to; null: the default account, named by botName and botWechatId',
  })
  botAccount: BotAccountRef | null;
}

export class InvitesResponse {
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'The zone of the CSV’s expiry times' })
  timezone: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '培训小助手',
    description:
      'The default (WECHATY_*) account’s WeChat name, known while it is logged in; learners pinned to a stored account have it in botAccount',
  })
  botName: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The default (WECHATY_*) account’s WeChat id, known while it is logged in',
  })
  botWechatId: string | null;

  @ApiProperty({
    type: [InviteResponse],
    description: 'Active or paused learners who have not joined yet, in enrolment order',
  })
  learners: InviteResponse[];
}
