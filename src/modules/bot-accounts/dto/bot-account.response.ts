import { ApiProperty } from '@nestjs/swagger';

export const BOT_ACCOUNT_STATES = [
  'logged-in',
  'waiting-for-scan',
  'logged-out',
  'error',
  'disabled',
] as const;

/** The TLS options without the certificate itself. */
export class BotAccountTlsResponse {
  @ApiProperty({ type: String, nullable: true }) serverName: string | null;
  @ApiProperty() disable: boolean;
  @ApiProperty({ description: 'Whether a CA certificate is set (the certificate is not shown)' })
  caCert: boolean;
}

/** An account as HR sees it: settings without secrets, and what it is doing now. */
export class BotAccountResponse {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: '销售助手 1' }) name: string;
  @ApiProperty({ example: 'wechaty-puppet-service' }) puppet: string;
  @ApiProperty({ description: 'Whether a token is set; the token itself is never shown' })
  hasToken: boolean;
  @ApiProperty({ type: String, nullable: true }) endpoint: string | null;
  @ApiProperty({ type: BotAccountTlsResponse, nullable: true }) tls: BotAccountTlsResponse | null;
  @ApiProperty({ type: String, nullable: true }) qrCardUrl: string | null;
  @ApiProperty({ example: 20 }) sendRatePerMinute: number;
  @ApiProperty() enabled: boolean;

  @ApiProperty({
    enum: BOT_ACCOUNT_STATES,
    description:
      'disabled: switched off by HR; logged-out also when no instance holds the account now',
  })
  state: (typeof BOT_ACCOUNT_STATES)[number];

  @ApiProperty({ type: String, nullable: true, description: 'Why it is logged out or in error' })
  stateReason: string | null;

  @ApiProperty({ type: Date, nullable: true, description: 'When the state last changed' })
  stateAt: Date | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The login QR link, only while waiting-for-scan',
  })
  qrUrl: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Known after a login' })
  wechatId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Known after a login' })
  wechatName: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The instance running the account while its lease is live, else null',
  })
  instance: string | null;

  @ApiProperty({ description: 'Learners (not erased) whose messages go through this account' })
  learnersPinned: number;

  @ApiProperty({ description: 'Messages waiting or being sent' })
  queued: number;

  @ApiProperty({ description: 'Messages sent since midnight in DEFAULT_TIMEZONE' })
  sentToday: number;

  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      'When the queue is empty if the account sends at its rate from now; null when nothing is queued',
  })
  drainsAt: Date | null;

  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
