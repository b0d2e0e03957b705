import { Injectable } from '@nestjs/common';
import {
  ENROLLMENT_CODE_DAYS,
  generateEnrollmentCode,
  hashEnrollmentCode,
  openEnrollmentCode,
  sealEnrollmentCode,
} from '../../core/enrollment/enrollment-code';
import type { EnrollmentCodeRecord } from '../../core/records';
import { AppSecrets } from './app-secrets';
import { EnrollmentCodeRepository } from './enrollment-code.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A code that still works; `code` is null for one issued before codes were kept sealed. */
export interface LiveCode {
  code: string | null;
  expiresAt: Date;
}

export type CodeLookup =
  | { status: 'valid'; code: EnrollmentCodeRecord }
  | { status: 'unknown' | 'expired' | 'used' | 'revoked' };

/** One-time join codes: issued, revoked and redeemed inside the caller's unit of work. */
@Injectable()
export class EnrollmentCodes {
  constructor(
    private readonly secrets: AppSecrets,
    private readonly codes: EnrollmentCodeRepository,
  ) {}

  /** A new code for the learner; every older code stops working. */
  async issue(learnerId: number, now: Date): Promise<LiveCode & { code: string }> {
    const issued = (await this.issueMany([learnerId], now)).get(learnerId)!;
    return { code: issued.code!, expiresAt: issued.expiresAt };
  }

  /**
   * A new code for each of these learners, set by set: their older codes revoked, the new
   * hashes checked against stored ones and inserted in multi-row statements.
   */
  async issueMany(learnerIds: number[], now: Date): Promise<Map<number, LiveCode>> {
    const issued = new Map<number, LiveCode>();
    if (learnerIds.length === 0) return issued;
    const secret = await this.secrets.enrollmentCodeSecret();
    const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_DAYS * DAY_MS);
    await this.codes.revokeUnused(learnerIds, now);
    const codes = await this.unusedCodes(learnerIds.length, secret);
    await this.codes.insertMany(
      learnerIds.map((learnerId, k) => ({
        learnerId,
        codeHash: codes[k].hash,
        codeSealed: sealEnrollmentCode(codes[k].code, secret),
        expiresAt,
        createdAt: now,
      })),
    );
    learnerIds.forEach((learnerId, k) => issued.set(learnerId, { code: codes[k].code, expiresAt }));
    return issued;
  }

  /**
   * `count` distinct codes whose hashes no stored code has. About 900 million codes exist;
   * a collision with a stored one is rare but must not fail an import.
   */
  private async unusedCodes(
    count: number,
    secret: string,
  ): Promise<Array<{ code: string; hash: string }>> {
    // By hash: two codes with one hash are one code.
    const codes = new Map<string, string>();
    while (codes.size < count) {
      const fresh = new Map<string, string>();
      while (codes.size + fresh.size < count) {
        const code = generateEnrollmentCode();
        const hash = hashEnrollmentCode(code, secret);
        if (!codes.has(hash)) fresh.set(hash, code);
      }
      const taken = await this.codes.takenHashes([...fresh.keys()]);
      for (const [hash, code] of fresh) if (!taken.has(hash)) codes.set(hash, code);
    }
    return [...codes].map(([hash, code]) => ({ code, hash }));
  }

  revokeAll(learnerId: number, now: Date): Promise<void> {
    return this.codes.revokeUnused([learnerId], now);
  }

  async lookup(code: string, now: Date): Promise<CodeLookup> {
    const secret = await this.secrets.enrollmentCodeSecret();
    const row = await this.codes.findByHash(hashEnrollmentCode(code, secret));
    if (!row) return { status: 'unknown' };
    if (row.usedAt) return { status: 'used' };
    if (row.revokedAt) return { status: 'revoked' };
    if (row.expiresAt <= now) return { status: 'expired' };
    return { status: 'valid', code: row };
  }

  markUsed(codeId: number, now: Date): Promise<void> {
    return this.codes.markUsed(codeId, now);
  }

  /** Each learner's code that still works, when they hold one (the newest, if several). */
  async liveCodes(learnerIds: number[], now: Date): Promise<Map<number, LiveCode>> {
    const live = new Map<number, LiveCode>();
    if (learnerIds.length === 0) return live;
    const secret = await this.secrets.enrollmentCodeSecret();
    for (const row of await this.codes.live(learnerIds, now)) {
      const code = row.codeSealed ? openEnrollmentCode(row.codeSealed, secret) : null;
      live.set(row.learnerId, { code, expiresAt: row.expiresAt });
    }
    return live;
  }
}
