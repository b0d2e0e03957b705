/** An enabled account and how many learners are pinned to it now. */
export interface AccountLoad {
  id: number;
  learners: number;
}

/**
 * The account for each of `count` new learners: each goes to the account with the fewest
 * learners at that moment, counting the ones placed before it, the lower id on a tie. So a
 * cohort of 1,000 spreads evenly instead of filling the emptiest account alone.
 */
export function spreadOverAccounts(accounts: readonly AccountLoad[], count: number): number[] {
  const loads = accounts.map((a) => ({ ...a }));
  const chosen: number[] = [];
  if (loads.length === 0) return chosen;
  for (let i = 0; i < count; i++) {
    const least = loads.reduce((best, a) =>
      a.learners < best.learners || (a.learners === best.learners && a.id < best.id) ? a : best,
    );
    least.learners += 1;
    chosen.push(least.id);
  }
  return chosen;
}

/**
 * When an account's queue will be empty if it sends at its rate from now (or from the
 * earliest its rate allows); null with nothing queued.
 */
export function drainTime(
  queued: number,
  ratePerMinute: number,
  nextSendAt: Date | null,
  now: Date,
): Date | null {
  if (queued === 0) return null;
  const start = Math.max(now.getTime(), nextSendAt?.getTime() ?? 0);
  return new Date(start + Math.ceil((queued * 60_000) / ratePerMinute));
}
