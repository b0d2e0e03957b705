import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { InboundMessageRecord } from '../../../core/records';
import { InboundMessageRepository } from '../../../modules/dialogue/inbound-message.repository';
import { Database } from '../database';
import { InboundMessageEntity } from '../entities';
import { insertStatements } from '../raw-writes';

@Injectable()
export class SqlInboundMessageRepository extends InboundMessageRepository {
  constructor(private readonly db: Database) {
    super();
  }

  recordOnce(message: Omit<InboundMessageRecord, 'id'>): Promise<boolean> {
    return this.db.withManager(async (m) => {
      const repository = m.getRepository(InboundMessageEntity);
      try {
        // A bound statement of our own: TypeORM's insert builder costs more CPU than the insert.
        const [insert] = insertStatements(m, InboundMessageEntity, [message]);
        await m.query(insert.sql, insert.parameters);
        return true;
      } catch (error) {
        // Two deliveries racing: the unique index lets one through; the other finds its row.
        const twin =
          error instanceof QueryFailedError &&
          (await repository.existsBy({ messageId: message.messageId }));
        if (twin) return false;
        throw error;
      }
    });
  }

  async forget(messageId: string): Promise<void> {
    await this.db.withManager((m) => m.getRepository(InboundMessageEntity).delete({ messageId }));
  }
}
