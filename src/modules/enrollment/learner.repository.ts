import type { LearnerRecord } from '../../core/records';

/** The settings a learner may have of their own; null falls back to the cohort's. */
export type LearnerSettings = Partial<
  Pick<LearnerRecord, 'name' | 'locale' | 'deliveryTime' | 'timezone'>
>;

export type NewLearnerRecord = Pick<LearnerRecord, 'externalId' | 'createdAt' | 'updatedAt'> &
  LearnerSettings;

export type LearnerChange = { id: number } & LearnerSettings;

export type LearnerBinding = Pick<
  LearnerRecord,
  'wechatContactId' | 'wechatAlias' | 'boundAt' | 'updatedAt'
>;

/** People, as HR knows them by external id and the bot by WeChat contact; erased ones are never found. */
export abstract class LearnerRepository {
  /**
   * A learner not erased. `forUpdate` locks the row until the unit of work ends (MariaDB;
   * SQLite's single writer needs no lock), so a concurrent erasure waits or goes first.
   */
  abstract findLive(id: number, options?: { forUpdate?: boolean }): Promise<LearnerRecord | null>;
  abstract findLiveByContact(contactId: string): Promise<LearnerRecord | null>;
  /** Learners not erased whose external id is one of these, read in a few statements. */
  abstract liveByExternalIds(externalIds: string[]): Promise<LearnerRecord[]>;
  /** Inserted in multi-row statements. */
  abstract insertMany(learners: NewLearnerRecord[]): Promise<void>;
  /** Each learner's given fields set; the others left as they are. */
  abstract updateMany(changes: LearnerChange[], updatedAt: Date): Promise<void>;
  abstract update(id: number, change: LearnerSettings & { updatedAt: Date }): Promise<void>;
  abstract bind(id: number, binding: LearnerBinding): Promise<void>;
}
