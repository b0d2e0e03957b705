export type BotState =
  'disabled' | 'starting' | 'waiting-for-scan' | 'logged-in' | 'logged-out' | 'error';

export interface BotStatusSnapshot {
  state: BotState;
  /** While waiting for a scan: the link behind the QR code. */
  qrCodeUrl?: string;
  /** The logged-in account's display name. */
  account?: string;
  /** The logged-in account's WeChat id, as the puppet reports it. */
  accountId?: string;
  /** In error: what went wrong, in one line. */
  reason?: string;
  /** Each stored account of the pool; absent while the WECHATY_* default account runs alone. */
  accounts?: AccountSnapshot[];
}

/** One stored account of the pool, as any instance sees it. */
export interface AccountSnapshot extends Omit<BotStatusSnapshot, 'accounts'> {
  id: number;
  name: string;
  /** The instance holding its lease, which runs it; null when none does. */
  instance: string | null;
}

/** Port: what the WeChat bot is doing, for health and the admin API; the chat adapter implements it. */
export abstract class BotStatus {
  abstract snapshot(): BotStatusSnapshot;
}
