import { ApiProperty } from '@nestjs/swagger';

/** The account a learner's messages go through, as an invite names it. */
export class BotAccountRef {
  @ApiProperty({ example: 2 }) id: number;
  @ApiProperty({ example: '销售助手 2', description: 'The name HR gave the account' })
  name: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The WeChat id learners add, known once the account has logged in',
  })
  wechatId: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "A link to the account's contact QR card, when HR has set one",
  })
  qrCardUrl: string | null;
}
