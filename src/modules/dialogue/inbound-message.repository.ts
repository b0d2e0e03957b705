import type { InboundMessageRecord } from '../../core/records';

/** Port: the chat messages acted on, one row per message key. */
export abstract class InboundMessageRepository {
  /** Stores the record; false when one with its key is stored already (a twin delivery's). */
  abstract recordOnce(message: Omit<InboundMessageRecord, 'id'>): Promise<boolean>;
  abstract forget(messageId: string): Promise<void>;
}
