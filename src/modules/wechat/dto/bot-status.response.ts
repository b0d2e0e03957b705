import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BotStatusSnapshot } from '../../health/bot-status';

const STATES = ['disabled', 'starting', 'waiting-for-scan', 'logged-in', 'logged-out', 'error'];

export class BotStatusResponse {
  @ApiProperty({ enum: STATES, description: 'Messages go out only while logged-in' })
  state: string;

  @ApiPropertyOptional({ description: 'While waiting for a scan: the QR code to log in with' })
  qrCodeUrl?: string;

  @ApiPropertyOptional({ description: 'The logged-in account’s display name' })
  account?: string;
}

export const toBotStatusResponse = (snapshot: BotStatusSnapshot): BotStatusResponse => ({
  state: snapshot.state,
  ...(snapshot.qrCodeUrl ? { qrCodeUrl: snapshot.qrCodeUrl } : {}),
  ...(snapshot.account ? { account: snapshot.account } : {}),
});
