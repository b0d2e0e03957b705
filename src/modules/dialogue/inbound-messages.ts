import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Clock } from '../../core/clock';
import { InboundMessageRepository } from './inbound-message.repository';

/** The width of `inbound_messages.message_id` and `review_logs.inbound_message_id`. */
const MAX_KEY_LENGTH = 128;

/** A puppet's message id as stored: as is, or hashed when a puppet's ids outgrow the column. */
export function messageKey(messageId: string): string {
  return messageId.length <= MAX_KEY_LENGTH
    ? messageId
    : `sha256:${createHash('sha256').update(messageId).digest('hex')}`;
}

/** The messages acted on, so that one delivered twice is acted on once. */
@Injectable()
export class InboundMessages {
  constructor(
    private readonly messages: InboundMessageRepository,
    private readonly clock: Clock,
  ) {}

  /** Records the message; false when it was recorded before, by this delivery's twin. */
  recordOnce(key: string, learnerId: number | null): Promise<boolean> {
    return this.messages.recordOnce({ messageId: key, learnerId, receivedAt: this.clock.now() });
  }

  /** Drops the record of a message whose handling failed, so that a redelivery is tried again. */
  forget(key: string): Promise<void> {
    return this.messages.forget(key);
  }
}
