import type { BotAccountRecord, BotAccountState } from '../../core/records';

import type { AccountKey } from '../delivery/outbox.repository';

export type { AccountKey };

/** What an account is doing, written by the instance that runs it so that any instance can tell. */
export interface AccountStatus {
  state: BotAccountState;
  reason: string | null;
  qrUrl: string | null;
  wechatId: string | null;
  wechatName: string | null;
}

/** The default account's lease and state: no row of its own, the same fields as a stored one. */
export type DefaultAccountRuntime = Pick<
  BotAccountRecord,
  | 'leaseHolder'
  | 'leaseUntil'
  | 'state'
  | 'stateReason'
  | 'qrUrl'
  | 'wechatId'
  | 'wechatName'
  | 'stateAt'
>;

/**
 * Port: who runs which WeChat account. Every write is conditional on the lease, so two
 * instances never both hold an account and only the holder writes its state.
 */
export abstract class BotLeaseRepository {
  /** Every stored account, enabled or not, with its lease and state. */
  abstract storedAccounts(): Promise<BotAccountRecord[]>;

  abstract defaultAccount(): Promise<DefaultAccountRuntime>;

  /**
   * Takes the lease until `until`, or renews it, unless another instance holds a lease that
   * has not lapsed at `now` (or the stored account is disabled). True when `instance` holds it.
   */
  abstract hold(key: AccountKey, instance: string, now: Date, until: Date): Promise<boolean>;

  /** Gives the lease up, so another instance may take the account at once. */
  abstract release(key: AccountKey, instance: string, now: Date): Promise<void>;

  /** Writes the account's state, only while `instance` holds it. */
  abstract recordStatus(
    key: AccountKey,
    instance: string,
    status: AccountStatus,
    at: Date,
  ): Promise<void>;
}
