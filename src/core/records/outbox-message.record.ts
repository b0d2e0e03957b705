export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A message waiting to be sent, or its record once sent or failed. */
export interface OutboxMessageRecord {
  id: number;
  learnerId: number;
  /** The learner's account, the only one that may send it; null: the default account. */
  botAccountId: number | null;
  dedupeKey: string;
  kind: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
