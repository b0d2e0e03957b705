import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, Raw } from 'typeorm';
import { accountsOfLearners, advancePace, insertPinnedStatements, pushPace } from './account-pace';
import type { OutboxMessageRecord } from '../../../core/records';
import {
  AccountKey,
  DeliveryFilter,
  DeliverySummary,
  NewOutboxMessage,
  OutboxRepository,
  PacedClaim,
  PacedClaimResult,
  SendOutcome,
  toDeliverySummary,
} from '../../../modules/delivery/outbox.repository';
import { Database } from '../database';
import { OutboxMessageEntity } from '../entities';
import { lockSkipLocked } from '../locking';
import { insertRows } from '../raw-writes';

// Candidates read per row claimed: room to skip the rows other senders are claiming right now.
const CANDIDATES_PER_CLAIM = 4;

const SUMMARY_COLUMNS: Record<keyof DeliverySummary, true> = {
  id: true,
  learnerId: true,
  botAccountId: true,
  kind: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
};

const inCohorts = (column: string) =>
  `${column} IN (SELECT learner_id FROM enrollments WHERE cohort_id IN (:...cohortIds))`;

@Injectable()
export class SqlOutboxRepository extends OutboxRepository {
  constructor(private readonly db: Database) {
    super();
  }

  insert(rows: NewOutboxMessage[]): Promise<number> {
    // insertRows refuses a manager outside a transaction: queued rows commit with their cause.
    return this.db.withManager(async (m) => {
      // Each row goes through the account its learner is pinned to now.
      const accounts = await accountsOfLearners(
        m,
        rows.map((r) => r.learnerId),
      );
      const pinned = rows.map((r) => ({ ...r, botAccountId: accounts.get(r.learnerId) ?? null }));
      return insertRows(m, OutboxMessageEntity, pinned, { orIgnore: true });
    });
  }

  insertLater(rows: NewOutboxMessage[]): Promise<void> {
    if (!this.db.inUnit()) throw new Error('Outbox rows are queued inside a unit of work');
    return this.db.write((m) => insertPinnedStatements(m, rows));
  }

  claimDue(
    now: Date,
    leaseUntil: Date,
    limit: number,
    accounts: AccountKey[] | null = null,
  ): Promise<OutboxMessageRecord[]> {
    return this.db.transaction(() =>
      this.db.withManager(async (m) => {
        const rows = await this.dueHeads(m, now, limit, accounts);
        return this.markSending(m, rows, leaseUntil);
      }),
    );
  }

  claimPaced(claim: PacedClaim): Promise<PacedClaimResult> {
    const { accountId, now, claimUntil, nextSendAt } = claim;
    return this.db.transaction(() =>
      this.db.withManager(async (m) => {
        const rows = await this.dueHeads(m, now, 1, [accountId]);
        if (rows.length === 0) return { claimed: null, nextSendAt: null };
        const pace = await advancePace(m, accountId, now, nextSendAt);
        if (!pace.advanced) return { claimed: null, nextSendAt: pace.nextSendAt };
        const [claimed] = await this.markSending(m, rows, claimUntil);
        return { claimed, nextSendAt: pace.nextSendAt };
      }),
    );
  }

  paceFrom(accountId: AccountKey, notBefore: Date): Promise<void> {
    return this.db.withManager((m) => pushPace(m, accountId, notBefore));
  }

  complete(id: number, attempts: number, outcome: SendOutcome): Promise<boolean> {
    return this.db.withManager(async (m) => {
      const { affected } = await m
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ ...outcome, lockedUntil: null })
        .where('id = :id AND status = :sending AND attempts = :attempts', {
          id,
          sending: 'sending',
          attempts,
        })
        .execute();
      return affected !== 0;
    });
  }

  requeueFailed(id: number, now: Date): Promise<boolean> {
    return this.db.withManager(async (m) => {
      const { affected } = await m
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null })
        .where('id = :id AND status = :failed', { id, failed: 'failed' })
        .execute();
      return affected !== 0;
    });
  }

  summary(id: number): Promise<DeliverySummary | null> {
    return this.db.withManager(async (m) => {
      const row = await m
        .getRepository(OutboxMessageEntity)
        .findOne({ select: SUMMARY_COLUMNS, where: { id } });
      return row && toDeliverySummary(row);
    });
  }

  list(filter: DeliveryFilter, offset: number, limit: number) {
    return this.db.withManager(async (m) => {
      const repository = m.getRepository(OutboxMessageEntity);
      const { status, cohortIds } = filter;
      const where = {
        ...(status ? { status } : {}),
        ...(cohortIds ? { learnerId: Raw(inCohorts, { cohortIds }) } : {}),
      };
      // Not findAndCount: with `select`, TypeORM 1.1 counts distinct concatenations of the
      // selected columns, and a NULL column (last_error, sent_at) makes every row count as none.
      const rows = await repository.find({
        select: SUMMARY_COLUMNS,
        where,
        order: { id: 'DESC' },
        skip: offset,
        take: limit,
      });
      return { items: rows.map(toDeliverySummary), total: await repository.count({ where }) };
    });
  }

  /**
   * An older pending or sending row holds back the later ones (per-learner order, and one row
   * per learner per batch); a failed one does not.
   */
  private async markSending(m: EntityManager, rows: OutboxMessageEntity[], until: Date) {
    if (rows.length === 0) return [];
    await m
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'sending', lockedUntil: until, attempts: () => 'attempts + 1' })
      .whereInIds(rows.map((row) => row.id))
      .execute();
    return rows.map((row) => ({
      ...row,
      status: 'sending' as const,
      lockedUntil: until,
      attempts: row.attempts + 1,
    }));
  }

  private async dueHeads(
    m: EntityManager,
    now: Date,
    limit: number,
    accounts: AccountKey[] | null,
  ) {
    const candidates = await this.due(m, now, accounts)
      .andWhere(
        "NOT EXISTS (SELECT 1 FROM outbox_messages older WHERE older.learner_id = m.learner_id AND older.id < m.id AND older.status IN ('pending', 'sending'))",
      )
      .select('m.id', 'id')
      .orderBy('m.id', 'ASC')
      .limit(limit * CANDIDATES_PER_CLAIM)
      .getRawMany<{ id: number }>();
    if (candidates.length === 0) return [];
    // Locked in a second step, by primary key: locking the ranked query would lock every due
    // row it sorts (MariaDB reads them all before the LIMIT), and other senders would find none.
    const query = this.due(m, now, accounts)
      .andWhere('m.id IN (:...ids)', { ids: candidates.map((c) => c.id) })
      .orderBy('m.id', 'ASC')
      .limit(limit);
    return lockSkipLocked(query).getMany();
  }

  private due(m: EntityManager, now: Date, accounts: AccountKey[] | null) {
    const query = m
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .where(
        "((m.status = 'pending' AND m.next_attempt_at <= :now) OR (m.status = 'sending' AND m.locked_until < :now))",
        { now },
      );
    return accounts === null ? query : query.andWhere(ofAccounts(accounts));
  }
}

/** Rows of these accounts only; null among them stands for the default account. */
function ofAccounts(accounts: AccountKey[]): Brackets {
  const ids = accounts.filter((a): a is number => a !== null);
  return new Brackets((q) => {
    q.where('1 = 0');
    if (ids.length > 0) q.orWhere('m.bot_account_id IN (:...accountIds)', { accountIds: ids });
    if (ids.length < accounts.length) q.orWhere('m.bot_account_id IS NULL');
  });
}
