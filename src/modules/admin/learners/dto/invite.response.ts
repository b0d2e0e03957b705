import { ApiProperty } from '@nestjs/swagger';

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
}

export class InvitesResponse {
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'The zone of the CSV’s expiry times' })
  timezone: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '培训小助手',
    description: 'The bot account’s WeChat name, known while it is logged in',
  })
  botName: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The bot account’s WeChat id, known while it is logged in',
  })
  botWechatId: string | null;

  @ApiProperty({
    type: [InviteResponse],
    description: 'Active or paused learners who have not joined yet, in enrolment order',
  })
  learners: InviteResponse[];
}
