import { MovableClock } from '../movable-clock';
import {
  accountsToTake,
  claimEnd,
  holds,
  LeaseView,
  leaseEnd,
  leaseRoundMs,
  nextLapse,
} from './bot-lease';

const LEASE_MS = 60_000;

/** A tiny lease table run by the rules alone, as the SQL repository runs it on rows. */
class Leases {
  constructor(readonly rows: LeaseView[]) {}
  tick(instance: string, now: Date, perInstance: number): number[] {
    for (const row of this.rows)
      if (holds(row, instance, now)) row.leaseUntil = leaseEnd(now, LEASE_MS);
    for (const id of accountsToTake(this.rows, instance, now, perInstance)) {
      const row = this.rows.find((r) => r.id === id)!;
      Object.assign(row, { leaseHolder: instance, leaseUntil: leaseEnd(now, LEASE_MS) });
    }
    return this.rows.filter((r) => holds(r, instance, now)).map((r) => r.id);
  }
  release(instance: string): void {
    for (const row of this.rows)
      if (row.leaseHolder === instance) Object.assign(row, { leaseHolder: null, leaseUntil: null });
  }
}

const account = (id: number, extra: Partial<LeaseView> = {}): LeaseView => ({
  id,
  enabled: true,
  leaseHolder: null,
  leaseUntil: null,
  ...extra,
});

describe('bot account leases', () => {
  it('instances starting together take one free account a round each, so they share them', () => {
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    const leases = new Leases([account(1), account(2), account(3)]);
    expect(leases.tick('a', clock.now(), 5)).toEqual([1]);
    expect(leases.tick('b', clock.now(), 5)).toEqual([2]);
    clock.advance(5000);
    expect(leases.tick('a', clock.now(), 5)).toEqual([1, 3]);
    expect(leases.tick('b', clock.now(), 5)).toEqual([2]);
  });

  it('one instance alone takes every account, one a round, up to BOT_ACCOUNTS_PER_INSTANCE', () => {
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    const leases = new Leases([account(1), account(2), account(3)]);
    const rounds = [1, 2, 3, 4].map(() => {
      clock.advance(5000);
      return leases.tick('a', clock.now(), 2);
    });
    expect(rounds).toEqual([[1], [1, 2], [1, 2], [1, 2]]);
    expect(leases.tick('b', clock.now(), 2)).toEqual([3]);
  });

  it('rounds come three times a lease, and at least every 5 s', () => {
    expect([leaseRoundMs(60_000), leaseRoundMs(9000)]).toEqual([5000, 3000]);
  });

  it('a disabled account is taken by no one', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    expect(accountsToTake([account(1, { enabled: false }), account(2)], 'a', now, 5)).toEqual([2]);
  });

  it('a renewed lease is never taken; a lapsed one goes to the next instance that looks', () => {
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    const leases = new Leases([account(1), account(2)]);
    expect(leases.tick('a', clock.now(), 1)).toEqual([1]);
    expect(leases.tick('b', clock.now(), 2)).toEqual([2]);
    // a renews every 20 s for five minutes: b never gets account 1.
    for (let i = 0; i < 15; i += 1) {
      clock.advance(20_000);
      leases.tick('a', clock.now(), 1);
      expect(leases.tick('b', clock.now(), 2)).toEqual([2]);
    }
    // a dies: 59 s later its lease still stands, at 60 s it is b's.
    clock.advance(59_000);
    expect(leases.tick('b', clock.now(), 2)).toEqual([2]);
    clock.advance(1000);
    expect(leases.tick('b', clock.now(), 2)).toEqual([1, 2]);
  });

  it('a released account is free at once', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    const leases = new Leases([account(1)]);
    leases.tick('a', now, 1);
    expect(leases.tick('b', now, 1)).toEqual([]);
    leases.release('a');
    expect(leases.tick('b', now, 1)).toEqual([1]);
  });

  it('an instance at its cap takes nothing more, even when accounts are free', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    const rows = [
      account(1, { leaseHolder: 'a', leaseUntil: leaseEnd(now, LEASE_MS) }),
      account(2),
    ];
    expect(accountsToTake(rows, 'a', now, 1)).toEqual([]);
    expect(accountsToTake(rows, 'a', now, 2)).toEqual([2]);
  });

  it('looks again just after the first lease of another instance lapses', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    const rows = [
      account(1, { leaseHolder: 'a', leaseUntil: new Date('2026-03-02T01:00:40Z') }),
      account(2, { leaseHolder: 'b', leaseUntil: new Date('2026-03-02T01:00:30Z') }),
      account(3, { leaseHolder: 'c', leaseUntil: new Date('2026-03-02T00:59:00Z') }),
      account(4),
    ];
    expect(nextLapse(rows, 'b', now)).toEqual(new Date('2026-03-02T01:00:40.100Z'));
    expect(nextLapse(rows, 'a', now)).toEqual(new Date('2026-03-02T01:00:30.100Z'));
    expect(nextLapse(rows.slice(2), 'a', now)).toBeNull();
  });

  it('an outbox claim ends with the account lease when that comes first', () => {
    const now = new Date('2026-03-02T01:00:00Z');
    const lease = new Date('2026-03-02T01:00:45Z');
    expect(claimEnd(now, 120_000, lease)).toEqual(lease);
    expect(claimEnd(now, 30_000, lease)).toEqual(new Date('2026-03-02T01:00:30Z'));
    expect(claimEnd(now, 30_000, null)).toEqual(new Date('2026-03-02T01:00:30Z'));
  });
});
