import type { OutboxMessageRecord, OutboxStatus } from '../../core/records';

/** An account of the pool: a stored one by id, null for the WECHATY_* default account. */
export type AccountKey = number | null;

/** A row as the outbox queues it: everything but the id the database gives it. */
export type NewOutboxMessage = Omit<OutboxMessageRecord, 'id'>;

/** One outbox row for the admin API (no body: it may quote a learner's answers). */
export type DeliverySummary = Omit<OutboxMessageRecord, 'dedupeKey' | 'body' | 'lockedUntil'>;

/** The summary's columns only: a row read with fewer columns carries the others as undefined. */
export function toDeliverySummary(row: OutboxMessageRecord): DeliverySummary {
  const { id, learnerId, botAccountId, kind, status, attempts } = row;
  const { nextAttemptAt, lastError, createdAt, sentAt } = row;
  return {
    id,
    learnerId,
    botAccountId,
    kind,
    status,
    attempts,
    nextAttemptAt,
    lastError,
    createdAt,
    sentAt,
  };
}

/** What a send did to its message; written only while the claim that sent it stands. */
export type SendOutcome =
  | { status: 'sent'; sentAt: Date }
  | { status: 'pending'; nextAttemptAt: Date; lastError: string }
  | { status: 'failed'; lastError: string };

export interface PacedClaim {
  accountId: AccountKey;
  now: Date;
  /** The claim's end: never past the account's lease. */
  claimUntil: Date;
  nextSendAt: Date;
}

export interface PacedClaimResult {
  claimed: OutboxMessageRecord | null;
  /** When the account may send next; null when nothing of it was due. */
  nextSendAt: Date | null;
}

export interface DeliveryFilter {
  status?: OutboxStatus;
  /** Only learners enrolled in one of these cohorts. */
  cohortIds?: number[] | null;
}

/**
 * Port: the outbox table. Also the Nest injection token. A message is claimed by marking it
 * `sending` under a lease and counting the attempt; `(id, attempts)` then names that claim.
 */
export abstract class OutboxRepository {
  /**
   * Inserts the rows in the caller's unit of work (Transactor.run), skipping any whose dedupe
   * key is already queued or repeated; returns how many were new. Throws outside a unit.
   */
  abstract insert(rows: NewOutboxMessage[]): Promise<number>;

  /**
   * The same without the count, each row through the account its learner is pinned to when
   * it is written (`botAccountId` is not read): nothing waits for the outcome, so the insert
   * may leave later in the unit, with its other writes.
   */
  abstract insertLater(rows: NewOutboxMessage[]): Promise<void>;

  /**
   * Claims up to `limit` due heads, at most one per learner, in one short unit: a head is the
   * oldest pending-or-sending message of its learner, pending and due or sending under a lease
   * that ended. Rows another sender is claiming right now are skipped, not waited for.
   * `accounts` narrows it to those accounts' rows (null in it: the default account's).
   * Returns them as claimed: `sending`, attempts counted, leased until `leaseUntil`.
   */
  abstract claimDue(
    now: Date,
    leaseUntil: Date,
    limit: number,
    accounts?: AccountKey[] | null,
  ): Promise<OutboxMessageRecord[]>;

  /**
   * Claims the due head of one account's queue if that account may send at `now`, and moves
   * the account's next send time to `nextSendAt` in the same unit: the rate then holds across
   * every instance. Returns the claim (none when nothing is due or the account must wait) and
   * the account's next send time.
   */
  abstract claimPaced(claim: PacedClaim): Promise<PacedClaimResult>;

  /**
   * Moves the account's next send time to `notBefore` unless it is later already: paced from
   * the end of a send too, a slow send never brings the next one closer to it.
   */
  abstract paceFrom(accountId: AccountKey, notBefore: Date): Promise<void>;

  /** Records the outcome of claim `(id, attempts)`; false when that claim had lapsed. */
  abstract complete(id: number, attempts: number, outcome: SendOutcome): Promise<boolean>;

  /** Puts a failed message back as pending and due at `now`, attempts reset; false unless it had failed. */
  abstract requeueFailed(id: number, now: Date): Promise<boolean>;

  abstract summary(id: number): Promise<DeliverySummary | null>;

  /** Newest first. */
  abstract list(
    filter: DeliveryFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: DeliverySummary[]; total: number }>;
}
