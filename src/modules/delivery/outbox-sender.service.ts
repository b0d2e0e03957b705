import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, Raw } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../../core/clock';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '../../core/delivery/backoff';
import type { Random } from '../../core/delivery/random';
import { DomainError } from '../../core/errors';
import { OutboxMessageEntity, OutboxStatus } from '../../infra/db/entities/outbox-message.entity';
import { ChatChannel, OutgoingMessage } from './chat-channel';
import { OUTBOX_LEASE, OUTBOX_RANDOM } from './delivery-tokens';
import { lockSkipLocked } from '../../infra/db/locking';
import { runTransaction } from '../../infra/db/transactions';

/**
 * How long a claim holds a message, by default (OUTBOX_LEASE_SECONDS). A worker that dies
 * mid-send gives the message up after this, and another sends it again: the one window in
 * which a learner may get it twice.
 */
export const OUTBOX_LEASE_MS = 2 * 60_000;
const MAX_ERROR_LENGTH = 1000;
// Candidates read per row claimed: room to skip the rows other senders are claiming right now.
const CANDIDATES_PER_CLAIM = 4;

export interface SendBatchResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** One outbox row for the admin API (no body: it may quote a learner's answers). */
export interface DeliverySummary {
  id: number;
  learnerId: number;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface DeliveryPage {
  items: DeliverySummary[];
  total: number;
}

/** A claimed message; `attempts` after the claim identifies it, so a lapsed claim writes nothing. */
interface Claim {
  message: OutgoingMessage;
  attempts: number;
}

type Outcome = 'sent' | 'retried' | 'failed';

const SUMMARY_COLUMNS: Record<keyof DeliverySummary, true> = {
  id: true,
  learnerId: true,
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

/** Sends due outbox messages through the chat channel: in order per learner, with retries. */
@Injectable()
export class OutboxSender {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly channel: ChatChannel,
    @Inject(OUTBOX_RANDOM) private readonly random: Random = Math.random,
    @Inject(OUTBOX_LEASE) private readonly leaseMs: number = OUTBOX_LEASE_MS,
  ) {}

  /** Claims up to `limit` due messages, at most one per learner, and sends them one by one. */
  async sendDue(limit: number): Promise<SendBatchResult> {
    const result: SendBatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    // Every send would fail while the bot is logged out; waiting keeps the attempts for later.
    if (!this.channel.isReady()) return result;
    const claims = await this.claim(limit);
    result.claimed = claims.length;
    for (const claim of claims) result[await this.deliver(claim)] += 1;
    return result;
  }

  /** Puts a failed message back in the queue with fresh attempts. */
  async retry(id: number): Promise<DeliverySummary> {
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: this.clock.now(), lockedUntil: null })
      .where('id = :id AND status = :failed', { id, failed: 'failed' })
      .execute();
    const row = await this.dataSource.getRepository(OutboxMessageEntity).findOneBy({ id });
    if (!row) throw new DomainError('not-found', `Delivery #${id} does not exist`);
    if (affected === 0) {
      throw new DomainError(
        'conflict',
        `Delivery #${id} is ${row.status}; only a failed delivery can be retried`,
      );
    }
    return toSummary(row);
  }

  /**
   * Newest first; `status` narrows the list (e.g. `failed`), `cohortIds` to learners of those
   * cohorts. Pages count from 1.
   */
  async list(
    status: OutboxStatus | undefined,
    page: number,
    pageSize: number,
    cohortIds: number[] | null = null,
  ): Promise<DeliveryPage> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    const where = {
      ...(status ? { status } : {}),
      ...(cohortIds ? { learnerId: Raw(inCohorts, { cohortIds }) } : {}),
    };
    // Not findAndCount: with `select`, TypeORM 1.1 counts distinct concatenations of the selected
    // columns, and a NULL column (last_error, sent_at) makes every row count as none.
    const rows = await repository.find({
      select: SUMMARY_COLUMNS,
      where,
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const total = await repository.count({ where });
    return { items: rows.map(toSummary), total };
  }

  /** Marks the due heads `sending` in one short transaction, so no other worker takes them. */
  private claim(limit: number): Promise<Claim[]> {
    const now = this.clock.now();
    return runTransaction(this.dataSource, async (manager) => {
      const rows = await this.dueHeads(manager, now, limit);
      if (rows.length === 0) return [];
      await manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({
          status: 'sending',
          lockedUntil: new Date(now.getTime() + this.leaseMs),
          attempts: () => 'attempts + 1',
        })
        .whereInIds(rows.map((row) => row.id))
        .execute();
      return rows.map((row) => ({
        message: { id: row.id, learnerId: row.learnerId, kind: row.kind, body: row.body },
        attempts: row.attempts + 1,
      }));
    });
  }

  /**
   * Due rows that are the oldest unfinished message of their learner: pending and due, or
   * `sending` under a lapsed lease. An older pending or sending row holds back the later ones
   * (per-learner order, and one row per learner per batch); a failed one does not.
   */
  private async dueHeads(manager: EntityManager, now: Date, limit: number) {
    const candidates = await this.due(manager, now)
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
    const query = this.due(manager, now)
      .andWhere('m.id IN (:...ids)', { ids: candidates.map((c) => c.id) })
      .orderBy('m.id', 'ASC')
      .limit(limit);
    return lockSkipLocked(query).getMany();
  }

  private due(manager: EntityManager, now: Date) {
    return manager
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .where(
        "((m.status = 'pending' AND m.next_attempt_at <= :now) OR (m.status = 'sending' AND m.locked_until < :now))",
        { now },
      );
  }

  private async deliver(claim: Claim): Promise<Outcome> {
    try {
      await this.channel.send(claim.message);
    } catch (error) {
      return this.recordFailure(claim, error);
    }
    await this.complete(claim, { status: 'sent', sentAt: this.clock.now(), lockedUntil: null });
    return 'sent';
  }

  private async recordFailure(claim: Claim, error: unknown): Promise<Outcome> {
    const lastError = errorText(error);
    const { id, learnerId } = claim.message;
    if (claim.attempts >= MAX_SEND_ATTEMPTS) {
      await this.complete(claim, { status: 'failed', lockedUntil: null, lastError });
      this.logger.warn(
        `Message #${id} to learner #${learnerId} failed after ${claim.attempts} attempts: ${lastError}`,
      );
      return 'failed';
    }
    const delay = retryDelayMs(claim.attempts, this.random);
    const nextAttemptAt = new Date(this.clock.now().getTime() + delay);
    await this.complete(claim, { status: 'pending', lockedUntil: null, nextAttemptAt, lastError });
    return 'retried';
  }

  /** Records the outcome only while this worker's claim stands. */
  private async complete(
    claim: Claim,
    changes: QueryDeepPartialEntity<OutboxMessageEntity>,
  ): Promise<void> {
    const { id } = claim.message;
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set(changes)
      .where('id = :id AND status = :sending AND attempts = :attempts', {
        id,
        sending: 'sending',
        attempts: claim.attempts,
      })
      .execute();
    if (affected === 0) {
      this.logger.warn(
        `The claim on message #${id} lapsed before its send finished; another worker has it now`,
      );
    }
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}

function toSummary(row: OutboxMessageEntity): DeliverySummary {
  const { id, learnerId, kind, status, attempts, nextAttemptAt, lastError, createdAt, sentAt } =
    row;
  return { id, learnerId, kind, status, attempts, nextAttemptAt, lastError, createdAt, sentAt };
}
