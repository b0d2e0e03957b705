import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Clock } from '../../core/clock';
import { InboundMessageEntity } from '../../infra/db/entities';

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
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records the message; false when it was recorded before, by this delivery's twin. */
  async recordOnce(key: string, learnerId: number | null): Promise<boolean> {
    const repository = this.dataSource.getRepository(InboundMessageEntity);
    try {
      await repository.insert({ messageId: key, learnerId, receivedAt: this.clock.now() });
      return true;
    } catch (error) {
      // Two deliveries racing: the unique index lets one through; the other finds its row.
      if (error instanceof QueryFailedError && (await repository.existsBy({ messageId: key }))) {
        return false;
      }
      throw error;
    }
  }

  /** Drops the record of a message whose handling failed, so that a redelivery is tried again. */
  async forget(key: string): Promise<void> {
    await this.dataSource.getRepository(InboundMessageEntity).delete({ messageId: key });
  }
}
