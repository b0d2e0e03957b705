import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { LearnerRecord } from '../../../core/records';
import { LearnerContactRepository } from '../../../modules/wechaty/learner-contact.repository';
import { Database } from '../database';
import { LearnerEntity, OutboxMessageEntity } from '../entities';
import { findRow } from '../raw-reads';

@Injectable()
export class SqlLearnerContactRepository extends LearnerContactRepository {
  constructor(private readonly db: Database) {
    super();
  }

  byContactId(contactId: string): Promise<LearnerRecord | null> {
    return this.db.withManager((m) =>
      findRow(m, LearnerEntity, { wechatContactId: contactId, erasedAt: null }),
    );
  }

  byAlias(alias: string): Promise<LearnerRecord | null> {
    return this.db.withManager((m) =>
      findRow(m, LearnerEntity, { wechatAlias: alias, erasedAt: null }),
    );
  }

  byId(learnerId: number): Promise<LearnerRecord | null> {
    return this.db.withManager((m) =>
      m.getRepository(LearnerEntity).findOneBy({ id: learnerId, erasedAt: IsNull() }),
    );
  }

  async setContactId(learnerId: number, contactId: string, at: Date): Promise<void> {
    await this.db.withManager((m) =>
      m
        .getRepository(LearnerEntity)
        .update({ id: learnerId }, { wechatContactId: contactId, updatedAt: at }),
    );
  }

  pinToAccount(learnerId: number, accountId: number | null, at: Date): Promise<void> {
    return this.db.transaction(() =>
      this.db.withManager(async (m) => {
        await m
          .getRepository(LearnerEntity)
          .update({ id: learnerId }, { botAccountId: accountId, updatedAt: at });
        await m
          .getRepository(OutboxMessageEntity)
          .update({ learnerId, status: 'pending' }, { botAccountId: accountId });
      }),
    );
  }
}
