import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AccountSnapshot, BotStatusSnapshot } from '../../../core/bot-status';

const STATES = ['disabled', 'starting', 'waiting-for-scan', 'logged-in', 'logged-out', 'error'];

/** What one WeChat login says of itself, for the pool's default account and each stored one. */
class BotLoginResponse {
  @ApiPropertyOptional({ description: 'While waiting for a scan: the QR code to log in with' })
  qrCodeUrl?: string;

  @ApiPropertyOptional({ description: 'The logged-in account’s display name' })
  account?: string;

  @ApiPropertyOptional({ description: 'The logged-in account’s WeChat id' })
  accountId?: string;

  @ApiPropertyOptional({ description: 'In error or logged out: why, in one line' })
  reason?: string;
}

export class BotAccountStatusResponse extends BotLoginResponse {
  @ApiProperty({ description: 'The stored account’s id (GET /api/v1/bot-accounts/:id)' })
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: STATES })
  state: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The instance holding its lease, which runs it; null when none does',
  })
  instance: string | null;
}

export class BotStatusResponse extends BotLoginResponse {
  @ApiProperty({
    enum: STATES,
    description: 'Messages go out only while logged-in; with several accounts, while any is',
  })
  state: string;

  @ApiPropertyOptional({
    type: [BotAccountStatusResponse],
    description: 'Every stored account of the pool; absent while the WECHATY_* account runs alone',
  })
  accounts?: BotAccountStatusResponse[];
}

const details = (snapshot: Omit<BotStatusSnapshot, 'accounts'>) => ({
  ...(snapshot.qrCodeUrl ? { qrCodeUrl: snapshot.qrCodeUrl } : {}),
  ...(snapshot.account ? { account: snapshot.account } : {}),
  ...(snapshot.accountId ? { accountId: snapshot.accountId } : {}),
  ...(snapshot.reason ? { reason: snapshot.reason } : {}),
});

const toAccount = (account: AccountSnapshot): BotAccountStatusResponse => ({
  id: account.id,
  name: account.name,
  state: account.state,
  instance: account.instance,
  ...details(account),
});

export const toBotStatusResponse = (snapshot: BotStatusSnapshot): BotStatusResponse => ({
  state: snapshot.state,
  ...details(snapshot),
  ...(snapshot.accounts ? { accounts: snapshot.accounts.map(toAccount) } : {}),
});
