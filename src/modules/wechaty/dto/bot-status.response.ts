import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BotStatusSnapshot } from '../../../core/bot-status';

const STATES = ['disabled', 'starting', 'waiting-for-scan', 'logged-in', 'logged-out', 'error'];

export class BotStatusResponse {
  @ApiProperty({ enum: STATES, description: 'Messages go out only while logged-in' })
  state: string;

  @ApiPropertyOptional({ description: 'While waiting for a scan: the QR code to log in with' })
  qrCodeUrl?: string;

  @ApiPropertyOptional({ description: 'The logged-in account’s display name' })
  account?: string;

  @ApiPropertyOptional({ description: 'The logged-in account’s WeChat id' })
  accountId?: string;

  @ApiPropertyOptional({
    description: 'In error: what went wrong (the puppet’s message), e.g. a missing token',
  })
  reason?: string;
}

export const toBotStatusResponse = (snapshot: BotStatusSnapshot): BotStatusResponse => ({
  state: snapshot.state,
  ...(snapshot.qrCodeUrl ? { qrCodeUrl: snapshot.qrCodeUrl } : {}),
  ...(snapshot.account ? { account: snapshot.account } : {}),
  ...(snapshot.accountId ? { accountId: snapshot.accountId } : {}),
  ...(snapshot.reason ? { reason: snapshot.reason } : {}),
});
