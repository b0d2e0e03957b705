import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { holds, isLeaseFree } from '../../../core/pool/bot-lease';
import type { BotAccountRecord } from '../../../core/records';
import {
  AccountKey,
  AccountStatus,
  BotLeaseRepository,
  DefaultAccountRuntime,
} from '../../../modules/wechaty/bot-lease.repository';
import { Database } from '../database';
import { BotAccountEntity } from '../entities';
import {
  changeDefaultAccount,
  DEFAULT_ACCOUNT_SETTING,
  parseDefaultAccount,
  readSetting,
} from './default-account-setting';

/** Free, lapsed, or already ours: the one condition under which a lease may be written. */
const TAKEABLE =
  '(lease_holder = :instance OR lease_holder IS NULL OR lease_until IS NULL OR lease_until <= :now)';

@Injectable()
export class SqlBotLeaseRepository extends BotLeaseRepository {
  constructor(private readonly db: Database) {
    super();
  }

  storedAccounts(): Promise<BotAccountRecord[]> {
    return this.db.withManager((m) =>
      m.getRepository(BotAccountEntity).find({ order: { id: 'ASC' } }),
    );
  }

  defaultAccount(): Promise<DefaultAccountRuntime> {
    return this.db.withManager(async (m) =>
      parseDefaultAccount(await readSetting(m, DEFAULT_ACCOUNT_SETTING)),
    );
  }

  hold(key: AccountKey, instance: string, now: Date, until: Date): Promise<boolean> {
    return this.db.withManager(async (m) => {
      if (key === null) {
        const after = await changeDefaultAccount(m, (current) =>
          current.leaseHolder === instance || isLeaseFree({ ...current, id: 0, enabled: true }, now)
            ? { ...current, leaseHolder: instance, leaseUntil: until }
            : null,
        );
        return holds({ ...after, id: 0, enabled: true }, instance, now);
      }
      const { affected } = await this.accounts(m)
        .set({ leaseHolder: instance, leaseUntil: until })
        .where(`id = :key AND enabled = 1 AND ${TAKEABLE}`, { key, instance, now })
        .execute();
      return affected === 1;
    });
  }

  release(key: AccountKey, instance: string, now: Date): Promise<void> {
    const released = {
      leaseHolder: null,
      leaseUntil: null,
      state: 'logged-out' as const,
      stateReason: `${instance} stopped`,
      qrUrl: null,
      stateAt: now,
    };
    return this.db.withManager(async (m) => {
      if (key === null) {
        await changeDefaultAccount(m, (current) =>
          current.leaseHolder === instance ? { ...current, ...released } : null,
        );
        return;
      }
      await this.accounts(m)
        .set(released)
        .where('id = :key AND lease_holder = :instance', { key, instance })
        .execute();
    });
  }

  recordStatus(key: AccountKey, instance: string, status: AccountStatus, at: Date): Promise<void> {
    const written = {
      state: status.state,
      stateReason: status.reason,
      qrUrl: status.qrUrl,
      // A logout or an error keeps who the account was: HR still needs to know which one.
      ...(status.wechatId ? { wechatId: status.wechatId, wechatName: status.wechatName } : {}),
      stateAt: at,
    };
    return this.db.withManager(async (m) => {
      if (key === null) {
        await changeDefaultAccount(m, (current) =>
          current.leaseHolder === instance ? { ...current, ...written } : null,
        );
        return;
      }
      await this.accounts(m)
        .set(written)
        .where('id = :key AND lease_holder = :instance', { key, instance })
        .execute();
    });
  }

  private accounts(m: EntityManager) {
    return m.createQueryBuilder().update(BotAccountEntity);
  }
}
