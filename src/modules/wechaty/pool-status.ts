import { isLeaseFree } from '../../core/pool/bot-lease';
import { AccountSnapshot, BotState, BotStatusSnapshot } from '../../core/bot-status';
import type { BotAccountRecord } from '../../core/records';
import type { AccountStatus, DefaultAccountRuntime } from './bot-lease.repository';

/** The row's view of an account, as the instance running it last wrote it. */
type Runtime = DefaultAccountRuntime;

/** What a stored row says, when another instance (or none) runs the account. */
export function snapshotOfRuntime(runtime: Runtime, now: Date): BotStatusSnapshot {
  if (isLeaseFree({ ...runtime, id: 0, enabled: true }, now)) {
    return { state: 'logged-out', reason: 'No instance runs this account now' };
  }
  return {
    state: runtime.state === 'disabled' ? 'disabled' : runtime.state,
    ...(runtime.qrUrl ? { qrCodeUrl: runtime.qrUrl } : {}),
    ...(runtime.state === 'logged-in' && runtime.wechatName ? { account: runtime.wechatName } : {}),
    ...(runtime.state === 'logged-in' && runtime.wechatId ? { accountId: runtime.wechatId } : {}),
    ...(runtime.stateReason ? { reason: runtime.stateReason } : {}),
  };
}

/** A live snapshot as the row keeps it; `starting` is not a state a row has. */
export function statusOfSnapshot(snapshot: BotStatusSnapshot): AccountStatus | null {
  if (snapshot.state === 'starting' || snapshot.state === 'disabled') return null;
  return {
    state: snapshot.state,
    reason: snapshot.reason ?? null,
    qrUrl: snapshot.qrCodeUrl ?? null,
    wechatId: snapshot.accountId ?? null,
    wechatName: snapshot.account ?? null,
  };
}

const PRECEDENCE: BotState[] = ['logged-in', 'waiting-for-scan', 'starting', 'error', 'logged-out'];

/**
 * The pool at a glance: logged in while any account is (messages go out), else the most
 * hopeful state of any; the QR code of the first account waiting for a scan; every account.
 */
export function poolSnapshot(
  stored: BotAccountRecord[],
  snapshotOf: (account: BotAccountRecord) => BotStatusSnapshot,
  instanceOf: (account: BotAccountRecord) => string | null,
): BotStatusSnapshot {
  const accounts: AccountSnapshot[] = stored.map((account) => ({
    id: account.id,
    name: account.name,
    instance: instanceOf(account),
    ...(account.enabled ? snapshotOf(account) : { state: 'disabled' as const }),
  }));
  const state = PRECEDENCE.find((s) => accounts.some((a) => a.state === s)) ?? 'disabled';
  const waiting = accounts.find((a) => a.qrCodeUrl);
  return { state, ...(waiting?.qrCodeUrl ? { qrCodeUrl: waiting.qrCodeUrl } : {}), accounts };
}

/** The instance whose lease on the account has not lapsed; null when none holds it. */
export function holderOf(account: BotAccountRecord, now: Date): string | null {
  return isLeaseFree({ ...account, id: 0, enabled: true }, now) ? null : account.leaseHolder;
}
