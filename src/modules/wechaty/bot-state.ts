import { ScanStatus } from 'wechaty';
import { BotState, BotStatusSnapshot } from '../../core/bot-status';

/** Scan states in which the QR code on screen can still be scanned. */
const SCANNABLE = new Set([ScanStatus.Waiting, ScanStatus.Timeout]);

/**
 * What the bot is doing, from Wechaty's events: `start()` resolving says nothing about a
 * login, so only `scan`, `login`, `logout` and `error` move it.
 */
export class BotStateTracker {
  private current: BotStatusSnapshot = { state: 'starting' };

  snapshot(): BotStatusSnapshot {
    return { ...this.current };
  }

  get state(): BotState {
    return this.current.state;
  }

  scanned(qrCodeUrl: string | undefined, status: ScanStatus): void {
    this.current = {
      state: 'waiting-for-scan',
      ...(qrCodeUrl && SCANNABLE.has(status) ? { qrCodeUrl } : {}),
    };
  }

  loggedIn(account: string, accountId: string): void {
    this.current = { state: 'logged-in', account, accountId };
  }

  loggedOut(): void {
    this.current = { state: 'logged-out' };
  }

  /** A puppet that fails before it ever shows a QR code (no network, no service) is in error. */
  failed(reason: string): void {
    if (this.current.state === 'starting') this.current = { state: 'error', reason };
  }
}
