import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { BotAccountRecord } from '../../../core/records';
import {
  BotAccountLoad,
  BotAccountRepository,
  BotAccountSettings,
  NewBotAccount,
} from '../../../modules/bot-accounts/bot-account.repository';
import { Database } from '../database';
import { BotAccountEntity, LearnerEntity, OutboxMessageEntity } from '../entities';

type Counts = Array<{ id: number | string; n: number | string }>;

@Injectable()
export class SqlBotAccountRepository extends BotAccountRepository {
  constructor(private readonly db: Database) {
    super();
  }

  list(): Promise<BotAccountRecord[]> {
    return this.db.withManager((m) => m.find(BotAccountEntity, { order: { id: 'ASC' } }));
  }

  find(id: number): Promise<BotAccountRecord | null> {
    return this.db.withManager((m) => m.findOneBy(BotAccountEntity, { id }));
  }

  findByName(name: string): Promise<BotAccountRecord | null> {
    return this.db.withManager((m) => m.findOneBy(BotAccountEntity, { name }));
  }

  async anyStored(): Promise<boolean> {
    return (await this.db.withManager((m) => m.count(BotAccountEntity, { take: 1 }))) > 0;
  }

  insert(account: NewBotAccount): Promise<BotAccountRecord> {
    return this.db.withManager((m) => m.save(m.create(BotAccountEntity, account)));
  }

  async update(
    id: number,
    change: Partial<BotAccountSettings> & { updatedAt: Date },
  ): Promise<void> {
    await this.db.withManager((m) => m.update(BotAccountEntity, { id }, change));
  }

  async remove(id: number): Promise<void> {
    await this.db.withManager((m) => m.delete(BotAccountEntity, { id }));
  }

  pinnedCount(id: number): Promise<number> {
    return this.db.withManager((m) =>
      m.countBy(LearnerEntity, { botAccountId: id, erasedAt: IsNull() }),
    );
  }

  loads(sentSince: Date): Promise<Map<number, BotAccountLoad>> {
    return this.db.withManager(async (m) => {
      const outbox = () =>
        m
          .createQueryBuilder(OutboxMessageEntity, 'o')
          .select('o.bot_account_id', 'id')
          .addSelect('COUNT(*)', 'n')
          .where('o.bot_account_id IS NOT NULL')
          .groupBy('o.bot_account_id');
      const [learners, queued, sent] = await Promise.all([
        m
          .createQueryBuilder(LearnerEntity, 'l')
          .select('l.bot_account_id', 'id')
          .addSelect('COUNT(*)', 'n')
          .where('l.bot_account_id IS NOT NULL AND l.erased_at IS NULL')
          .groupBy('l.bot_account_id')
          .getRawMany<Counts[number]>(),
        outbox().andWhere("o.status IN ('pending', 'sending')").getRawMany<Counts[number]>(),
        outbox()
          .andWhere("o.status = 'sent' AND o.sent_at >= :sentSince", { sentSince })
          .getRawMany<Counts[number]>(),
      ]);
      const result = new Map<number, BotAccountLoad>();
      const add = (rows: Counts, key: keyof BotAccountLoad) => {
        for (const row of rows) {
          const id = Number(row.id);
          const load = result.get(id) ?? { learnersPinned: 0, queued: 0, sentToday: 0 };
          load[key] = Number(row.n);
          result.set(id, load);
        }
      };
      add(learners, 'learnersPinned');
      add(queued, 'queued');
      add(sent, 'sentToday');
      return result;
    });
  }

  enabledLoads(): Promise<Array<{ id: number; learners: number }>> {
    return this.db.withManager(async (m) => {
      const rows = await m
        .createQueryBuilder(BotAccountEntity, 'a')
        .leftJoin(LearnerEntity, 'l', 'l.bot_account_id = a.id AND l.erased_at IS NULL')
        .select('a.id', 'id')
        .addSelect('COUNT(l.id)', 'n')
        .where('a.enabled = 1')
        .groupBy('a.id')
        .orderBy('a.id')
        .getRawMany<Counts[number]>();
      return rows.map((r) => ({ id: Number(r.id), learners: Number(r.n) }));
    });
  }

  async pin(pins: Array<{ learnerId: number; botAccountId: number }>): Promise<void> {
    const byAccount = new Map<number, number[]>();
    for (const { learnerId, botAccountId } of pins)
      byAccount.set(botAccountId, [...(byAccount.get(botAccountId) ?? []), learnerId]);
    await this.db.withManager(async (m) => {
      for (const [botAccountId, ids] of byAccount)
        await m.update(LearnerEntity, { id: In(ids) }, { botAccountId });
    });
  }

  movePending(learnerId: number, botAccountId: number): Promise<number> {
    return this.db.withManager(async (m) => {
      const result = await m.update(
        OutboxMessageEntity,
        { learnerId, status: 'pending' },
        { botAccountId },
      );
      return result.affected ?? 0;
    });
  }
}
