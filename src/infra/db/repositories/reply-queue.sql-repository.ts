import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Outbox, OutboxEntry } from '../../../modules/delivery/outbox';
import { ReplyQueue } from '../../../modules/dialogue/reply-queue';
import { Database } from '../database';

/** The Outbox queues with the manager of the unit of work, which only this side holds. */
@Injectable()
export class SqlReplyQueue extends ReplyQueue {
  constructor(
    private readonly db: Database,
    private readonly modules: ModuleRef,
  ) {
    super();
  }

  async add(entry: OutboxEntry, now: Date): Promise<void> {
    const outbox = this.modules.get(Outbox, { strict: false });
    await this.db.withManager((m) => outbox.enqueue(m, [entry], now));
  }
}
