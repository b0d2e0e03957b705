import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';

const HOUR_MS = 60 * 60_000;

/**
 * Contacts who have not joined get the "send your code" hint at most once an hour each. Kept
 * in memory: one bot account runs in one process, and a restart costs one hint at most.
 */
@Injectable()
export class UnboundHints {
  private readonly hintedAt = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Whether this contact may be hinted now; if so, the hour starts. */
  take(contactId: string): boolean {
    const now = this.clock.now().getTime();
    for (const [id, at] of this.hintedAt) if (now - at >= HOUR_MS) this.hintedAt.delete(id);
    if (this.hintedAt.has(contactId)) return false;
    this.hintedAt.set(contactId, now);
    return true;
  }
}
