import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
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
import { inBatches } from './batches';

const SETTING_COLUMNS = {
  name: 'name',
  locale: 'locale',
  deliveryTime: 'delivery_time',
  timezone: 'timezone',
} as const satisfies Record<keyof LearnerSettings, string>;

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
    return this.db.withManager(async (m) => {
      const found: LearnerRecord[] = [];
      for (const batch of inBatches(externalIds))
        found.push(
          ...(await m.findBy(LearnerEntity, { externalId: In(batch), erasedAt: IsNull() })),
        );
      return found;
    });
  }

  insertMany(learners: NewLearnerRecord[]): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(learners)) {
        const rows = batch.map((l) => ({ locale: null, deliveryTime: null, timezone: null, ...l }));
        // Nothing to read back: callers find the new rows by external id.
        await m
          .createQueryBuilder()
          .insert()
          .into(LearnerEntity)
          .values(rows)
          .updateEntity(false)
          .execute();
      }
    });
  }

  /**
   * One UPDATE per batch: each setting column becomes `CASE id WHEN ... END`, keeping its
   * value for learners whose change leaves it out.
   */
  updateMany(changes: LearnerChange[], updatedAt: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(changes)) {
        const parameters: Record<string, unknown> = {};
        const set: Record<string, unknown> = { updatedAt };
        for (const [field, column] of Object.entries(SETTING_COLUMNS)) {
          const key = field as keyof LearnerSettings;
          const arms = batch.flatMap((change, i) => {
            if (change[key] === undefined) return [];
            parameters[`${field}Id${i}`] = change.id;
            parameters[`${field}${i}`] = change[key];
            return [`WHEN :${field}Id${i} THEN :${field}${i}`];
          });
          if (arms.length > 0) set[field] = () => `CASE id ${arms.join(' ')} ELSE ${column} END`;
        }
        await m
          .createQueryBuilder()
          .update(LearnerEntity)
          .set(set)
          .where({ id: In(batch.map((c) => c.id)) })
          .setParameters(parameters)
          .updateEntity(false)
          .execute();
      }
    });
  }

  async update(id: number, change: LearnerSettings & { updatedAt: Date }): Promise<void> {
    await this.db.withManager((m) => m.update(LearnerEntity, { id }, change));
  }

  async bind(id: number, binding: LearnerBinding): Promise<void> {
    await this.db.withManager((m) => m.update(LearnerEntity, { id }, binding));
  }
}
