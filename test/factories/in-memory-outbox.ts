import type { OutboxMessageRecord } from '../../src/core/records';
import {
  DeliveryFilter,
  DeliverySummary,
  NewOutboxMessage,
  AccountKey,
  OutboxRepository,
  PacedClaim,
  PacedClaimResult,
  SendOutcome,
  toDeliverySummary,
} from '../../src/modules/delivery/outbox.repository';
import { maySend } from '../../src/core/pool/send-pace';

const unfinished = (row: OutboxMessageRecord) =>
  row.status === 'pending' || row.status === 'sending';

/**
 * The outbox table in memory, for service tests: the same claims, leases and dedupe as the
 * SQL repository (test/integration/outbox-repository.spec.ts runs both), but no units of
 * work: inserts land at once, and a cohort filter is not supported.
 */
export class InMemoryOutbox extends OutboxRepository {
  readonly rows: OutboxMessageRecord[] = [];

  async insert(rows: NewOutboxMessage[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) {
      if (this.rows.some((r) => r.dedupeKey === row.dedupeKey)) continue;
      this.rows.push({ ...row, id: this.rows.length + 1 });
      inserted += 1;
    }
    return inserted;
  }

  async insertLater(rows: NewOutboxMessage[]): Promise<void> {
    await this.insert(rows);
  }

  /** Next send time per account (null: the default account), as the database keeps it. */
  readonly pace = new Map<AccountKey, Date>();

  async claimDue(
    now: Date,
    leaseUntil: Date,
    limit: number,
    accounts: AccountKey[] | null = null,
  ): Promise<OutboxMessageRecord[]> {
    return this.markSending(this.heads(now, accounts).slice(0, limit), leaseUntil);
  }

  async claimPaced(claim: PacedClaim): Promise<PacedClaimResult> {
    const { accountId, now } = claim;
    const [head] = this.heads(now, [accountId]);
    if (!head) return { claimed: null, nextSendAt: null };
    const current = this.pace.get(accountId) ?? null;
    if (!maySend(current, now)) return { claimed: null, nextSendAt: current };
    this.pace.set(accountId, claim.nextSendAt);
    const [claimed] = this.markSending([head], claim.claimUntil);
    return { claimed, nextSendAt: claim.nextSendAt };
  }

  async paceFrom(accountId: AccountKey, notBefore: Date): Promise<void> {
    const current = this.pace.get(accountId);
    if (!current || current < notBefore) this.pace.set(accountId, notBefore);
  }

  private heads(now: Date, accounts: AccountKey[] | null): OutboxMessageRecord[] {
    return this.rows.filter(
      (row) =>
        isDue(row, now) &&
        (accounts === null || accounts.includes(row.botAccountId)) &&
        !this.rows.some((o) => o.learnerId === row.learnerId && o.id < row.id && unfinished(o)),
    );
  }

  private markSending(heads: OutboxMessageRecord[], leaseUntil: Date): OutboxMessageRecord[] {
    return heads.map((row) => {
      Object.assign(row, {
        status: 'sending',
        lockedUntil: leaseUntil,
        attempts: row.attempts + 1,
      });
      return { ...row };
    });
  }

  async complete(id: number, attempts: number, outcome: SendOutcome): Promise<boolean> {
    const row = this.rows.find((r) => r.id === id);
    if (!row || row.status !== 'sending' || row.attempts !== attempts) return false;
    Object.assign(row, outcome, { lockedUntil: null });
    return true;
  }

  async requeueFailed(id: number, now: Date): Promise<boolean> {
    const row = this.rows.find((r) => r.id === id);
    if (row?.status !== 'failed') return false;
    Object.assign(row, { status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null });
    return true;
  }

  async summary(id: number): Promise<DeliverySummary | null> {
    const row = this.rows.find((r) => r.id === id);
    return row ? toDeliverySummary(row) : null;
  }

  async list(filter: DeliveryFilter, offset: number, limit: number) {
    if (filter.cohortIds) throw new Error('The in-memory outbox knows no cohorts');
    const matching = this.rows
      .filter((row) => !filter.status || row.status === filter.status)
      .reverse();
    return {
      items: matching.slice(offset, offset + limit).map(toDeliverySummary),
      total: matching.length,
    };
  }
}

function isDue(row: OutboxMessageRecord, now: Date): boolean {
  if (row.status === 'pending') return row.nextAttemptAt <= now;
  return row.status === 'sending' && row.lockedUntil !== null && row.lockedUntil < now;
}
