import { EntityManager } from 'typeorm';
import type { DefaultAccountRuntime } from '../../../modules/wechaty/bot-lease.repository';
import { AppSettingEntity } from '../entities';

/**
 * The WECHATY_* default account has no bot_accounts row (a stored row would end its use), so
 * its lease and state live in one app setting, as JSON. Every write is compare-and-swap on
 * the text read, so two instances racing for it cannot both win.
 */
export const DEFAULT_ACCOUNT_SETTING = 'bot-default-account';
/** Its next send time, apart: the outbox advances it while leases and states change. */
export const DEFAULT_ACCOUNT_PACE_SETTING = 'bot-default-next-send-at';

const NOBODY: DefaultAccountRuntime = {
  leaseHolder: null,
  leaseUntil: null,
  state: 'logged-out',
  stateReason: null,
  qrUrl: null,
  wechatId: null,
  wechatName: null,
  stateAt: null,
};
const TIMES = ['leaseUntil', 'stateAt'] as const;
const ATTEMPTS = 5;

export function parseDefaultAccount(text: string | null): DefaultAccountRuntime {
  if (!text) return { ...NOBODY };
  const raw = JSON.parse(text) as Record<string, unknown>;
  const runtime = { ...NOBODY, ...raw } as DefaultAccountRuntime;
  for (const key of TIMES) runtime[key] = raw[key] ? new Date(String(raw[key])) : null;
  return runtime;
}

export async function readSetting(m: EntityManager, name: string): Promise<string | null> {
  const row = await m.getRepository(AppSettingEntity).findOneBy({ name });
  return row?.value ?? null;
}

/** Replaces `before` with `after`; false when someone else changed it first. */
export async function swapSetting(
  m: EntityManager,
  name: string,
  before: string | null,
  after: string,
): Promise<boolean> {
  if (before === null) {
    await m
      .createQueryBuilder()
      .insert()
      .into(AppSettingEntity)
      .values({ name, value: after })
      .orIgnore()
      .execute();
    return (await readSetting(m, name)) === after;
  }
  const { affected } = await m
    .createQueryBuilder()
    .update(AppSettingEntity)
    .set({ value: after })
    .where('name = :name AND value = :before', { name, before })
    .execute();
  return affected === 1;
}

/**
 * Changes the default account's runtime with `change` (null: leave it), retrying when another
 * instance wrote in between; returns the runtime as it stands after.
 */
export async function changeDefaultAccount(
  m: EntityManager,
  change: (current: DefaultAccountRuntime) => DefaultAccountRuntime | null,
): Promise<DefaultAccountRuntime> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await readSetting(m, DEFAULT_ACCOUNT_SETTING);
    const current = parseDefaultAccount(before);
    const next = change(current);
    if (next === null) return current;
    if (await swapSetting(m, DEFAULT_ACCOUNT_SETTING, before, JSON.stringify(next))) return next;
    if (attempt === ATTEMPTS)
      return parseDefaultAccount(await readSetting(m, DEFAULT_ACCOUNT_SETTING));
  }
}
