import { Injectable } from '@nestjs/common';
import { spreadOverAccounts } from '../../core/pool/account-choice';
import { DomainError, ErrorDetail } from '../../core/errors';
import type { BotAccountRecord } from '../../core/records';
import { BotAccountRepository } from './bot-account.repository';
import { BotAccountRef } from './dto/bot-account-ref.response';

/** A learner just enrolled: their account so far, and the one HR named for them, if any. */
export interface PinCandidate {
  learnerId: number;
  botAccountId: number | null;
  bound: boolean;
  named?: number;
}

/**
 * Which account a learner's messages go through. With no account stored, every learner stays
 * on the WECHATY_* default account (null); once one is, new learners go to the account HR
 * names or else the enabled one with the fewest learners.
 */
@Injectable()
export class AccountPinning {
  constructor(private readonly accounts: BotAccountRepository) {}

  /** A problem for each row naming an account that is not there or not enabled. */
  async namedAccountProblems(named: Array<number | undefined>): Promise<ErrorDetail[]> {
    if (named.every((id) => id === undefined)) return [];
    const enabled = new Set((await this.accounts.enabledLoads()).map((a) => a.id));
    return named.flatMap((id, i) =>
      id === undefined || enabled.has(id)
        ? []
        : [{ field: `rows[${i}].botAccountId`, message: `is not an enabled bot account (${id})` }],
    );
  }

  /**
   * Pins each learner with no account who has not joined yet; one who joined through the
   * default account keeps it until HR moves them. Returns the account of every candidate.
   */
  async pinNew(candidates: PinCandidate[]): Promise<Map<number, number | null>> {
    const result = new Map(candidates.map((c) => [c.learnerId, c.botAccountId]));
    const open = candidates.filter((c) => c.botAccountId === null && !c.bound);
    if (open.length === 0 || !(await this.accounts.anyStored())) return result;
    const loads = await this.accounts.enabledLoads();
    const unnamed = open.filter((c) => c.named === undefined);
    if (unnamed.length > 0 && loads.length === 0) {
      throw new DomainError(
        'conflict',
        'Every bot account is disabled: enable one (PATCH /api/v1/bot-accounts/{id}) before enrolling new learners',
      );
    }
    for (const c of open) {
      const load = loads.find((a) => a.id === c.named);
      if (load) load.learners += 1;
    }
    const spread = spreadOverAccounts(loads, unnamed.length);
    const pins = [
      ...open
        .filter((c) => c.named !== undefined)
        .map((c) => ({ learnerId: c.learnerId, botAccountId: c.named! })),
      ...unnamed.map((c, i) => ({ learnerId: c.learnerId, botAccountId: spread[i] })),
    ];
    await this.accounts.pin(pins);
    for (const pin of pins) result.set(pin.learnerId, pin.botAccountId);
    return result;
  }

  /** The account refs by id, for responses naming them. */
  async refs(): Promise<(id: number | null) => BotAccountRef | null> {
    const byId = new Map((await this.accounts.list()).map((a) => [a.id, toRef(a)]));
    return (id) => (id === null ? null : (byId.get(id) ?? null));
  }

  /** The account a learner is moved to: it must exist and be enabled. */
  async enabledAccount(id: number): Promise<BotAccountRecord> {
    const account = await this.accounts.find(id);
    if (!account?.enabled) {
      throw new DomainError('invalid-input', `Bot account ${id} does not exist or is disabled`, [
        { field: 'botAccountId', message: `is not an enabled bot account (${id})` },
      ]);
    }
    return account;
  }

  /** Pins the learner to the account; their messages not yet claimed follow. */
  async repin(learnerId: number, botAccountId: number): Promise<number> {
    await this.accounts.pin([{ learnerId, botAccountId }]);
    return this.accounts.movePending(learnerId, botAccountId);
  }
}

export const toRef = (a: BotAccountRecord): BotAccountRef => ({
  id: a.id,
  name: a.name,
  wechatId: a.wechatId,
  qrCardUrl: a.qrCardUrl,
});
