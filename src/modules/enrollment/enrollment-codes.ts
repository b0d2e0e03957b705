import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, MoreThan } from 'typeorm';
import {
  ENROLLMENT_CODE_DAYS,
  generateEnrollmentCode,
  hashEnrollmentCode,
  openEnrollmentCode,
  sealEnrollmentCode,
} from '../../core/enrollment/enrollment-code';
import { EnrollmentCodeEntity } from '../../infra/db/entities';
import { AppSecrets } from './app-secrets';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 500;

/** A code that still works; `code` is null for one issued before codes were kept sealed. */
export interface LiveCode {
  code: string | null;
  expiresAt: Date;
}

export type CodeLookup =
  | { status: 'valid'; code: EnrollmentCodeEntity }
  | { status: 'unknown' | 'expired' | 'used' | 'revoked' };

/** One-time join codes: issued, revoked and redeemed inside the caller's transaction. */
@Injectable()
export class EnrollmentCodes {
  constructor(private readonly secrets: AppSecrets) {}

  /** A new code for the learner; every older code stops working. */
  async issue(
    m: EntityManager,
    learnerId: number,
    now: Date,
  ): Promise<{ code: string; expiresAt: Date }> {
    await this.revokeAll(m, learnerId, now);
    const secret = await this.secrets.enrollmentCodeSecret();
    const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_DAYS * DAY_MS);
    for (;;) {
      const code = generateEnrollmentCode();
      const codeHash = hashEnrollmentCode(code, secret);
      // About 900 million codes exist; a collision with a stored one is rare but must not fail the import.
      if (await m.existsBy(EnrollmentCodeEntity, { codeHash })) continue;
      const codeSealed = sealEnrollmentCode(code, secret);
      await m.insert(EnrollmentCodeEntity, {
        learnerId,
        codeHash,
        codeSealed,
        expiresAt,
        createdAt: now,
      });
      return { code, expiresAt };
    }
  }

  /**
   * A new code for each of these learners, set by set: their older codes revoked, the new
   * hashes checked against stored ones and inserted in multi-row statements.
   */
  async issueMany(
    m: EntityManager,
    learnerIds: number[],
    now: Date,
  ): Promise<Map<number, LiveCode>> {
    const secret = await this.secrets.enrollmentCodeSecret();
    const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_DAYS * DAY_MS);
    const issued = new Map<number, LiveCode>();
    for (let i = 0; i < learnerIds.length; i += CHUNK) {
      const chunk = learnerIds.slice(i, i + CHUNK);
      await m.update(
        EnrollmentCodeEntity,
        { learnerId: In(chunk), usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      const codes = await this.unusedCodes(m, chunk.length, secret);
      await m.insert(
        EnrollmentCodeEntity,
        chunk.map((learnerId, k) => ({
          learnerId,
          codeHash: hashEnrollmentCode(codes[k], secret),
          codeSealed: sealEnrollmentCode(codes[k], secret),
          expiresAt,
          createdAt: now,
        })),
      );
      chunk.forEach((learnerId, k) => issued.set(learnerId, { code: codes[k], expiresAt }));
    }
    return issued;
  }

  /** `count` distinct codes whose hashes no stored code has. */
  private async unusedCodes(m: EntityManager, count: number, secret: string): Promise<string[]> {
    const codes = new Set<string>();
    while (codes.size < count) {
      const fresh = new Map<string, string>();
      while (codes.size + fresh.size < count) {
        const code = generateEnrollmentCode();
        if (!codes.has(code)) fresh.set(hashEnrollmentCode(code, secret), code);
      }
      const taken = await m.find(EnrollmentCodeEntity, {
        select: { codeHash: true },
        where: { codeHash: In([...fresh.keys()]) },
      });
      for (const row of taken) fresh.delete(row.codeHash);
      for (const code of fresh.values()) codes.add(code);
    }
    return [...codes];
  }

  async revokeAll(m: EntityManager, learnerId: number, now: Date): Promise<void> {
    await m.update(
      EnrollmentCodeEntity,
      { learnerId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  async lookup(m: EntityManager, code: string, now: Date): Promise<CodeLookup> {
    const secret = await this.secrets.enrollmentCodeSecret();
    const row = await m.findOneBy(EnrollmentCodeEntity, {
      codeHash: hashEnrollmentCode(code, secret),
    });
    if (!row) return { status: 'unknown' };
    if (row.usedAt) return { status: 'used' };
    if (row.revokedAt) return { status: 'revoked' };
    if (row.expiresAt <= now) return { status: 'expired' };
    return { status: 'valid', code: row };
  }

  async markUsed(m: EntityManager, codeId: number, now: Date): Promise<void> {
    await m.update(EnrollmentCodeEntity, { id: codeId }, { usedAt: now });
  }

  /** Each learner's code that still works, when they hold one. */
  async liveCodes(
    m: EntityManager,
    learnerIds: number[],
    now: Date,
  ): Promise<Map<number, LiveCode>> {
    const secret = await this.secrets.enrollmentCodeSecret();
    const live = new Map<number, LiveCode>();
    for (let i = 0; i < learnerIds.length; i += CHUNK) {
      const rows = await m.find(EnrollmentCodeEntity, {
        where: {
          learnerId: In(learnerIds.slice(i, i + CHUNK)),
          usedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(now),
        },
        order: { id: 'ASC' },
      });
      for (const row of rows) {
        const code = row.codeSealed ? openEnrollmentCode(row.codeSealed, secret) : null;
        live.set(row.learnerId, { code, expiresAt: row.expiresAt });
      }
    }
    return live;
  }
}
