import type { BotAccountRecord } from '../../core/records';

/** What HR sets on an account; the runtime fields are the running instance's. */
export type BotAccountSettings = Pick<
  BotAccountRecord,
  'name' | 'puppet' | 'token' | 'endpoint' | 'tls' | 'qrCardUrl' | 'sendRatePerMinute' | 'enabled'
>;

export type NewBotAccount = BotAccountSettings & Pick<BotAccountRecord, 'createdAt' | 'updatedAt'>;

/** An account's work: learners not erased pinned to it, messages waiting or in flight, sent today. */
export interface BotAccountLoad {
  learnersPinned: number;
  queued: number;
  sentToday: number;
}

/** The pool's stored accounts and the learners and outbox rows pinned to each. */
export abstract class BotAccountRepository {
  /** Every account, oldest first. */
  abstract list(): Promise<BotAccountRecord[]>;
  abstract find(id: number): Promise<BotAccountRecord | null>;
  abstract findByName(name: string): Promise<BotAccountRecord | null>;
  abstract anyStored(): Promise<boolean>;
  abstract insert(account: NewBotAccount): Promise<BotAccountRecord>;
  abstract update(
    id: number,
    change: Partial<BotAccountSettings> & { updatedAt: Date },
  ): Promise<void>;
  abstract remove(id: number): Promise<void>;
  /** Learners not erased pinned to the account. */
  abstract pinnedCount(id: number): Promise<number>;
  /** Each account's load, by id; `sentSince` starts "today". */
  abstract loads(sentSince: Date): Promise<Map<number, BotAccountLoad>>;
  /** Learners not erased pinned to each enabled account (0 for one with none). */
  abstract enabledLoads(): Promise<Array<{ id: number; learners: number }>>;
  /** Pins each learner to its account. */
  abstract pin(pins: Array<{ learnerId: number; botAccountId: number }>): Promise<void>;
  /** The learner's messages not yet claimed go through this account instead. */
  abstract movePending(learnerId: number, botAccountId: number): Promise<number>;
}
