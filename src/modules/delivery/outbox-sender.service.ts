import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '../../core/delivery/backoff';
import type { Random } from '../../core/delivery/random';
import { DomainError } from '../../core/errors';
import type { OutboxMessageRecord, OutboxStatus } from '../../core/records';
import { ChatChannel, ReadyAccount } from './chat-channel';
import { claimEnd } from '../../core/pool/bot-lease';
import { sendGapMs } from '../../core/pool/send-pace';
import { OUTBOX_LEASE, OUTBOX_RANDOM } from './delivery-tokens';
import { DeliverySummary, OutboxRepository, SendOutcome } from './outbox.repository';

/**
 * How long a claim holds a message, by default (OUTBOX_LEASE_SECONDS). A worker that dies
 * mid-send gives the message up after this, and another sends it again: the one window in
 * which a learner may get it twice.
 */
export const OUTBOX_LEASE_MS = 2 * 60_000;
const MAX_ERROR_LENGTH = 1000;

export interface SendBatchResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

export interface PacedBatchResult extends SendBatchResult {
  /** When the first account with messages due may send again; null when none has any. */
  nextSendAt: Date | null;
}

export interface DeliveryPage {
  items: DeliverySummary[];
  total: number;
}

type Outcome = 'sent' | 'retried' | 'failed';

/** Sends due outbox messages through the chat channel: in order per learner, with retries. */
@Injectable()
export class OutboxSender {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
    private readonly channel: ChatChannel,
    @Inject(OUTBOX_RANDOM) private readonly random: Random = Math.random,
    @Inject(OUTBOX_LEASE) private readonly leaseMs: number = OUTBOX_LEASE_MS,
  ) {}

  /**
   * Claims up to `limit` due messages of the accounts the channel sends through, at most one
   * per learner, and sends them one by one, without waiting for any account's send rate (for
   * tools and tests that drain the outbox; the sender loop uses sendPaced).
   */
  async sendDue(limit: number): Promise<SendBatchResult> {
    const result: SendBatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    // Every send would fail while the bot is logged out; waiting keeps the attempts for later.
    const accounts = this.channel.isReady() ? this.channel.readyAccounts() : [];
    if (accounts.length === 0) return result;
    const now = this.clock.now();
    const leaseEnds = accounts.map((a) => a.leaseUntil.getTime());
    const until = claimEnd(now, this.leaseMs, new Date(Math.min(...leaseEnds)));
    const ids = accounts.map((a) => a.accountId);
    const claims = await this.messages.claimDue(now, until, limit, ids);
    result.claimed = claims.length;
    for (const claim of claims) result[await this.deliver(claim)] += 1;
    return result;
  }

  /**
   * Sends the next due message of each account the channel holds, if that account's rate
   * allows it now (kept in the database, so it holds across instances), the accounts side by
   * side. Says when the first of them may send again.
   */
  async sendPaced(): Promise<PacedBatchResult> {
    const result: PacedBatchResult = {
      claimed: 0,
      sent: 0,
      retried: 0,
      failed: 0,
      nextSendAt: null,
    };
    if (!this.channel.isReady()) return result;
    const now = this.clock.now();
    const accounts = this.channel.readyAccounts().filter((a) => a.leaseUntil > now);
    const outcomes = await Promise.all(accounts.map((account) => this.sendNextOf(account, now)));
    for (const { outcome, nextSendAt } of outcomes) {
      if (outcome) {
        result.claimed += 1;
        result[outcome] += 1;
      }
      if (nextSendAt && !(result.nextSendAt && result.nextSendAt <= nextSendAt))
        result.nextSendAt = nextSendAt;
    }
    return result;
  }

  /** Puts a failed message back in the queue with fresh attempts. */
  async retry(id: number): Promise<DeliverySummary> {
    const requeued = await this.messages.requeueFailed(id, this.clock.now());
    const row = await this.messages.summary(id);
    if (!row) throw new DomainError('not-found', `Delivery #${id} does not exist`);
    if (!requeued) {
      throw new DomainError(
        'conflict',
        `Delivery #${id} is ${row.status}; only a failed delivery can be retried`,
      );
    }
    return row;
  }

  /**
   * Newest first; `status` narrows the list (e.g. `failed`), `cohortIds` to learners of those
   * cohorts. Pages count from 1.
   */
  list(
    status: OutboxStatus | undefined,
    page: number,
    pageSize: number,
    cohortIds: number[] | null = null,
  ): Promise<DeliveryPage> {
    return this.messages.list({ status, cohortIds }, (page - 1) * pageSize, pageSize);
  }

  private async sendNextOf(
    account: ReadyAccount,
    now: Date,
  ): Promise<{ outcome: Outcome | null; nextSendAt: Date | null }> {
    const gapMs = sendGapMs(account.sendRatePerMinute, this.random);
    const { claimed, nextSendAt } = await this.messages.claimPaced({
      accountId: account.accountId,
      now,
      claimUntil: claimEnd(now, this.leaseMs, account.leaseUntil),
      nextSendAt: new Date(now.getTime() + gapMs),
    });
    if (!claimed) return { outcome: null, nextSendAt };
    const outcome = await this.deliver(claimed);
    // The gap counts from the end of the send as well: the next message never arrives sooner.
    const after = new Date(this.clock.now().getTime() + gapMs);
    await this.messages.paceFrom(account.accountId, after);
    return { outcome, nextSendAt: nextSendAt && after > nextSendAt ? after : nextSendAt };
  }

  private async deliver(claim: OutboxMessageRecord): Promise<Outcome> {
    const { id, learnerId, botAccountId, kind, body } = claim;
    try {
      await this.channel.send({ id, learnerId, botAccountId, kind, body });
    } catch (error) {
      return this.recordFailure(claim, error);
    }
    await this.complete(claim, { status: 'sent', sentAt: this.clock.now() });
    return 'sent';
  }

  private async recordFailure(claim: OutboxMessageRecord, error: unknown): Promise<Outcome> {
    const lastError = errorText(error);
    if (claim.attempts >= MAX_SEND_ATTEMPTS) {
      await this.complete(claim, { status: 'failed', lastError });
      this.logger.warn(
        `Message #${claim.id} to learner #${claim.learnerId} failed after ${claim.attempts} attempts: ${lastError}`,
      );
      return 'failed';
    }
    const delay = retryDelayMs(claim.attempts, this.random);
    const nextAttemptAt = new Date(this.clock.now().getTime() + delay);
    await this.complete(claim, { status: 'pending', nextAttemptAt, lastError });
    return 'retried';
  }

  /** Records the outcome only while this worker's claim stands (its attempt count names it). */
  private async complete(claim: OutboxMessageRecord, outcome: SendOutcome): Promise<void> {
    if (await this.messages.complete(claim.id, claim.attempts, outcome)) return;
    this.logger.warn(
      `The claim on message #${claim.id} lapsed before its send finished; another worker has it now`,
    );
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
