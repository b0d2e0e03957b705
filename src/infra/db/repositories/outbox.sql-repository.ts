import { Injectable } from '@nestjs/common';
import { EntityManager, Raw } from 'typeorm';
import type { OutboxMessageRecord } from '../../../core/records';
import {
  DeliveryFilter,
  DeliverySummary,
  NewOutboxMessage,
  OutboxRepository,
  SendOutcome,
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
    return this.db.withManager((m) => insertRows(m, OutboxMessageEntity, rows, { orIgnore: true }));
  }

  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMessageRecord[]> {
    return this.db.transaction(() =>
      this.db.withManager(async (m) => {
        const rows = await this.dueHeads(m, now, limit);
        if (rows.length === 0) return [];
        await m
          .createQueryBuilder()
          .update(OutboxMessageEntity)
          .set({ status: 'sending', lockedUntil: leaseUntil, attempts: () => 'attempts + 1' })
          .whereInIds(rows.map((row) => row.id))
          .execute();
        return rows.map((row) => ({
          ...row,
          status: 'sending' as const,
          lockedUntil: leaseUntil,
          attempts: row.attempts + 1,
        }));
      }),
    );
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
      return row && toSummary(row);
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
      return { items: rows.map(toSummary), total: await repository.count({ where }) };
    });
  }

  /**
   * An older pending or sending row holds back the later ones (per-learner order, and one row
   * per learner per batch); a failed one does not.
   */
  private async dueHeads(m: EntityManager, now: Date, limit: number) {
    const candidates = await this.due(m, now)
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
    const query = this.due(m, now)
      .andWhere('m.id IN (:...ids)', { ids: candidates.map((c) => c.id) })
      .orderBy('m.id', 'ASC')
      .limit(limit);
    return lockSkipLocked(query).getMany();
  }

  private due(m: EntityManager, now: Date) {
    return m
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .where(
        "((m.status = 'pending' AND m.next_attempt_at <= :now) OR (m.status = 'sending' AND m.locked_until < :now))",
        { now },
      );
  }
}

/** The selected columns only: the entity also carries the others, as undefined. */
function toSummary(row: OutboxMessageEntity): DeliverySummary {
  const { id, learnerId, botAccountId, kind, status, attempts } = row;
  const { nextAttemptAt, lastError, createdAt, sentAt } = row;
  return {
    id,
    learnerId,
    botAccountId,
    kind,
    status,
    attempts,
    nextAttemptAt,
    lastError,
    createdAt,
    sentAt,
  };
}
