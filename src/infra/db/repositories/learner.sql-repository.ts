import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { LearnerRecord } from '../../../core/records';
import {
  LearnerBinding,
  LearnerChange,
  LearnerRepository,
  LearnerSettings,
  NewLearnerRecord,
} from '../../../modules/enrollment/learner.repository';
import { Database } from '../database';
import { LearnerEntity } from '../entities';
import { insertRows, selectRowsIn, updateRowsById } from './row-batches';

@Injectable()
export class SqlLearnerRepository extends LearnerRepository {
  constructor(private readonly db: Database) {
    super();
  }

  findLive(id: number, options: { forUpdate?: boolean } = {}): Promise<LearnerRecord | null> {
    return this.db.withManager((m) =>
      m.findOne(LearnerEntity, {
        where: { id, erasedAt: IsNull() },
        ...(options.forUpdate && this.db.engine === 'mysql'
          ? { lock: { mode: 'pessimistic_write' as const } }
          : {}),
      }),
    );
  }

  findLiveByContact(contactId: string): Promise<LearnerRecord | null> {
    return this.db.withManager((m) =>
      m.findOneBy(LearnerEntity, { wechatContactId: contactId, erasedAt: IsNull() }),
    );
  }

  liveByExternalIds(externalIds: string[]): Promise<LearnerRecord[]> {
    return this.db.withManager((m) =>
      selectRowsIn<LearnerRecord>(m, LearnerEntity, 'externalId', externalIds, {
        also: 'erased_at IS NULL',
      }),
    );
  }

  insertMany(learners: NewLearnerRecord[]): Promise<void> {
    return this.db.withManager((m) => insertRows(m, LearnerEntity, learners));
  }

  updateMany(changes: LearnerChange[], updatedAt: Date): Promise<void> {
    return this.db.withManager((m) => updateRowsById(m, LearnerEntity, changes, { updatedAt }));
  }

  async update(id: number, change: LearnerSettings & { updatedAt: Date }): Promise<void> {
    await this.db.withManager((m) => m.update(LearnerEntity, { id }, change));
  }

  async bind(id: number, binding: LearnerBinding): Promise<void> {
    await this.db.withManager((m) => m.update(LearnerEntity, { id }, binding));
  }
}
