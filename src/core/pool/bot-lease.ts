/** What the lease rules need to know of an account: who runs it, until when, whether it may run. */
export interface LeaseView {
  id: number;
  enabled: boolean;
  leaseHolder: string | null;
  leaseUntil: Date | null;
}

/** A holder renews at least three times a lease, so one missed renewal loses nothing. */
export const RENEWALS_PER_LEASE = 3;

/** A lease that has run out (or was never taken) is anyone's; until then only its holder's. */
export function isLeaseFree(account: LeaseView, now: Date): boolean {
  return account.leaseHolder === null || account.leaseUntil === null || account.leaseUntil <= now;
}

export function holds(account: LeaseView, instance: string, now: Date): boolean {
  return account.leaseHolder === instance && !isLeaseFree(account, now);
}

/** At most this many accounts are taken a round, so that instances starting together share them. */
export const TAKEN_PER_ROUND = 1;

/** How often an instance renews its leases and looks for accounts to take. */
export function leaseRoundMs(leaseMs: number): number {
  return Math.min(leaseMs / RENEWALS_PER_LEASE, 5000);
}

/**
 * The accounts `instance` should try to take now: an enabled one nobody holds (free or
 * lapsed), lowest id first, while it holds fewer than `perInstance`; one a round. Accounts
 * it holds already are renewed, not taken; another instance's live lease is never touched.
 */
export function accountsToTake(
  accounts: LeaseView[],
  instance: string,
  now: Date,
  perInstance: number,
): number[] {
  const held = accounts.filter((a) => holds(a, instance, now)).length;
  const room = Math.min(TAKEN_PER_ROUND, Math.max(0, perInstance - held));
  return accounts
    .filter((a) => a.enabled && isLeaseFree(a, now))
    .map((a) => a.id)
    .sort((a, b) => a - b)
    .slice(0, room);
}

/** Past a lease's end before looking: the clocks of two instances differ a little. */
const LAPSE_MARGIN_MS = 100;

/** Just after the first lease held by another instance lapses: when to look again. */
export function nextLapse(
  leases: Array<Pick<LeaseView, 'leaseHolder' | 'leaseUntil'>>,
  instance: string,
  now: Date,
): Date | null {
  const ends = leases
    .filter((l) => l.leaseHolder !== null && l.leaseHolder !== instance)
    .map((l) => l.leaseUntil?.getTime() ?? 0)
    .filter((end) => end > now.getTime());
  return ends.length > 0 ? new Date(Math.min(...ends) + LAPSE_MARGIN_MS) : null;
}

/** Where a lease taken or renewed at `now` ends. */
export function leaseEnd(now: Date, leaseMs: number): Date {
  return new Date(now.getTime() + leaseMs);
}

/**
 * How long an outbox claim through this account may hold its message: never past the
 * account's lease, so when the account changes hands its messages are free at once.
 */
export function claimEnd(now: Date, outboxLeaseMs: number, accountLeaseUntil: Date | null): Date {
  const own = now.getTime() + outboxLeaseMs;
  return new Date(accountLeaseUntil ? Math.min(own, accountLeaseUntil.getTime()) : own);
}
