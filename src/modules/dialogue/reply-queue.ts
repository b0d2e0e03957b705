import type { OutboxEntry } from '../delivery/outbox';

/** Port: puts a reply in the outbox, in the unit of work the caller runs (see Transactor). */
export abstract class ReplyQueue {
  abstract add(entry: OutboxEntry, now: Date): Promise<void>;
}
