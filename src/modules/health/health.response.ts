import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PartStatus } from '../../core/health';
import type { BotState } from '../../core/bot-status';

const STATUSES: PartStatus[] = ['ok', 'degraded', 'down'];

export class DatabaseHealth {
  @ApiProperty({ enum: STATUSES })
  status: PartStatus;

  @ApiPropertyOptional({ description: 'With an API key, while down: why' })
  message?: string;
}

export class BotHealth {
  @ApiProperty({ enum: STATUSES, description: 'ok while logged in, or when WeChat is off' })
  status: PartStatus;

  @ApiPropertyOptional({ description: 'With an API key: the login state' })
  state?: BotState;

  @ApiPropertyOptional({
    description: 'With an API key, while waiting for a scan: the QR code link',
  })
  qrCodeUrl?: string;

  @ApiPropertyOptional({ description: 'With an API key: the logged-in account’s display name' })
  account?: string;
}

export class InboxHealth {
  @ApiProperty({ enum: STATUSES, description: 'degraded while chat messages wait in the spool' })
  status: PartStatus;

  @ApiPropertyOptional({ description: 'With an API key: how many chat messages wait' })
  waiting?: number;
}

export class HealthParts {
  @ApiProperty({ type: DatabaseHealth })
  database: DatabaseHealth;

  @ApiProperty({ type: BotHealth })
  bot: BotHealth;

  @ApiProperty({ type: InboxHealth })
  inbox: InboxHealth;
}

export class CalendarWarningResponse {
  @ApiProperty()
  cohortId: number;

  @ApiProperty()
  cohortName: string;

  @ApiProperty({ description: 'What runs out and when, for a person to read' })
  warning: string;
}

/** Without a key, only a status per part: no QR link or account for whoever asks. */
export class HealthResponse {
  @ApiProperty({ enum: STATUSES })
  status: PartStatus;

  @ApiProperty({ type: HealthParts })
  details: HealthParts;

  @ApiPropertyOptional({
    type: [CalendarWarningResponse],
    description:
      'With an API key: the cohorts whose holiday calendar runs out within 30 days (a key limited to cohorts sees its own)',
  })
  calendarWarnings?: CalendarWarningResponse[];
}
