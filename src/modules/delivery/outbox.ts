import { Injectable } from '@nestjs/common';
import { NewOutboxMessage, OutboxRepository } from './outbox.repository';

/** One message to queue; `dedupeKey` says what it is for, e.g. `session:12:prompt:3`. */
export interface OutboxEntry {
  learnerId: number;
  dedupeKey: string;
  kind: string;
  body: string;
  /** Not sent before this time; defaults to `now`. */
  notBefore?: Date;
}

const MAX_KEY_LENGTH = 191;
const MAX_KIND_LENGTH = 24;
const MAX_BODY_BYTES = 65_535;

/** Queues outgoing messages in the caller's transaction, so they commit with what caused them. */
@Injectable()
export class Outbox {
  constructor(private readonly messages: OutboxRepository) {}

  /**
   * Inserts the entries, skipping any whose dedupe key is already queued (or repeated in the
   * list); returns how many were new. Throws unless called inside a unit of work
   * (Transactor.run), so a message never outlives a rolled-back cause.
   */
  async enqueue(entries: OutboxEntry[], now: Date): Promise<number> {
    entries.forEach(checkEntry);
    return this.messages.insert(entries.map((e) => toRow(e, now)));
  }

  /** `enqueue` for a caller that does not need the count: the insert may leave later in the unit. */
  add(entries: OutboxEntry[], now: Date): Promise<void> {
    entries.forEach(checkEntry);
    return this.messages.insertLater(entries.map((e) => toRow(e, now)));
  }
}

function toRow(entry: OutboxEntry, now: Date): NewOutboxMessage {
  return {
    learnerId: entry.learnerId,
    botAccountId: null,
    dedupeKey: entry.dedupeKey,
    kind: entry.kind,
    body: entry.body,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: entry.notBefore ?? now,
    lockedUntil: null,
    lastError: null,
    createdAt: now,
    sentAt: null,
  };
}

/**
 * MySQL's INSERT IGNORE also turns "value too long" into a warning and stores a truncated
 * row, so an oversized entry is refused here instead of being sent cut short.
 */
function checkEntry(entry: OutboxEntry): void {
  const refuse = (problem: string) => {
    throw new Error(`Outbox entry ${entry.dedupeKey}: ${problem}`);
  };
  if (!(Number.isSafeInteger(entry.learnerId) && entry.learnerId > 0)) {
    refuse(`learnerId must be a positive integer (got ${entry.learnerId})`);
  }
  if (entry.dedupeKey.length === 0 || entry.dedupeKey.length > MAX_KEY_LENGTH) {
    refuse(`dedupeKey must have 1 to ${MAX_KEY_LENGTH} characters`);
  }
  if (entry.kind.length === 0 || entry.kind.length > MAX_KIND_LENGTH) {
    refuse(`kind must have 1 to ${MAX_KIND_LENGTH} characters (got "${entry.kind}")`);
  }
  if (Buffer.byteLength(entry.body, 'utf8') > MAX_BODY_BYTES) {
    refuse(`body must be at most ${MAX_BODY_BYTES} bytes of UTF-8`);
  }
}
