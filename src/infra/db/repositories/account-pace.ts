import { EntityManager } from 'typeorm';
import { maySend } from '../../../core/pool/send-pace';
import type { NewOutboxMessage } from '../../../modules/delivery/outbox.repository';
import { BotAccountEntity, LearnerEntity, OutboxMessageEntity } from '../entities';
import type { BoundStatement } from '../raw-writes';
import { codecFor } from '../row-codec';
import { DEFAULT_ACCOUNT_PACE_SETTING, readSetting, swapSetting } from './default-account-setting';

const IDS_PER_QUERY = 500;

/**
 * Moves the account's next send time to `next` if its current one has come at `now`; else
 * returns the time that stands. Compare-and-swap, in the caller's claim unit: of two instances
 * claiming for one account at once, one wins and the other waits for the time it set.
 */
export async function advancePace(
  m: EntityManager,
  accountId: number | null,
  now: Date,
  next: Date,
): Promise<{ advanced: boolean; nextSendAt: Date | null }> {
  if (accountId === null) {
    const before = await readSetting(m, DEFAULT_ACCOUNT_PACE_SETTING);
    const current = before ? new Date(before) : null;
    if (!maySend(current, now)) return { advanced: false, nextSendAt: current };
    const swapped = await swapSetting(m, DEFAULT_ACCOUNT_PACE_SETTING, before, next.toISOString());
    return swapped
      ? { advanced: true, nextSendAt: next }
      : { advanced: false, nextSendAt: current };
  }
  const { affected } = await m
    .createQueryBuilder()
    .update(BotAccountEntity)
    .set({ nextSendAt: next })
    .where('id = :accountId AND (next_send_at IS NULL OR next_send_at <= :now)', {
      accountId,
      now,
    })
    .execute();
  if (affected === 1) return { advanced: true, nextSendAt: next };
  const row = await m
    .getRepository(BotAccountEntity)
    .findOne({ select: { id: true, nextSendAt: true }, where: { id: accountId } });
  return { advanced: false, nextSendAt: row?.nextSendAt ?? null };
}

/** Each learner's account now, for the outbox rows about to be queued for them. */
export async function accountsOfLearners(
  m: EntityManager,
  learnerIds: number[],
): Promise<Map<number, number | null>> {
  const unique = [...new Set(learnerIds)];
  const accounts = new Map<number, number | null>();
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const rows = await m
      .createQueryBuilder(LearnerEntity, 'l')
      .select('l.id', 'id')
      .addSelect('l.bot_account_id', 'account')
      .where('l.id IN (:...ids)', { ids: unique.slice(i, i + IDS_PER_QUERY) })
      .getRawMany<{ id: number | string; account: number | string | null }>();
    for (const r of rows) accounts.set(Number(r.id), r.account === null ? null : Number(r.account));
  }
  return accounts;
}

/**
 * The INSERTs of outbox rows (duplicate dedupe keys skipped) that take each row's account
 * from its learner's row as they run, so that they can wait to leave with other writes.
 */
export function insertPinnedStatements(
  m: EntityManager,
  rows: NewOutboxMessage[],
): BoundStatement[] {
  const codec = codecFor(m, OutboxMessageEntity);
  const columns = codec.columns.filter((c) => !c.generated);
  const account = codec.column('botAccountId');
  const learners = codecFor(m, LearnerEntity);
  const pinned = `(SELECT ${learners.column('botAccountId').quoted} FROM ${learners.table} WHERE ${learners.column('id').quoted} = ?)`;
  const row = `(${columns.map((c) => (c === account ? pinned : '?')).join(', ')})`;
  const ignore = codec.engine === 'sqlite' ? 'OR IGNORE ' : 'IGNORE ';
  const names = columns.map((c) => c.quoted).join(', ');
  return rows.map((r) => ({
    sql: `INSERT ${ignore}INTO ${codec.table} (${names}) VALUES ${row}`,
    parameters: columns.map((c) =>
      c === account ? r.learnerId : codec.encode(c, r[c.property as keyof NewOutboxMessage]),
    ),
  }));
}

/** Moves the account's next send time to `notBefore` unless it is later already. */
export async function pushPace(
  m: EntityManager,
  accountId: number | null,
  notBefore: Date,
): Promise<void> {
  if (accountId === null) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const before = await readSetting(m, DEFAULT_ACCOUNT_PACE_SETTING);
      if (before && new Date(before) >= notBefore) return;
      const after = notBefore.toISOString();
      if (await swapSetting(m, DEFAULT_ACCOUNT_PACE_SETTING, before, after)) return;
    }
    return;
  }
  await m
    .createQueryBuilder()
    .update(BotAccountEntity)
    .set({ nextSendAt: notBefore })
    .where('id = :accountId AND (next_send_at IS NULL OR next_send_at < :notBefore)', {
      accountId,
      notBefore,
    })
    .execute();
}
