export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A message waiting to be sent, or its record once sent or failed. */
export interface OutboxMessageRecord {
  id: number;
  learnerId: number;
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
