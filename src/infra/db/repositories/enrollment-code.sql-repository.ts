import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { EnrollmentCodeRecord } from '../../../core/records';
import {
  EnrollmentCodeRepository,
  NewEnrollmentCode,
} from '../../../modules/enrollment/enrollment-code.repository';
import { Database } from '../database';
import { EnrollmentCodeEntity } from '../entities';
import { inBatches } from './batches';
import { insertRows, selectRowsIn } from './row-batches';

@Injectable()
export class SqlEnrollmentCodeRepository extends EnrollmentCodeRepository {
  constructor(private readonly db: Database) {
    super();
  }

  findByHash(codeHash: string): Promise<EnrollmentCodeRecord | null> {
    return this.db.withManager((m) => m.findOneBy(EnrollmentCodeEntity, { codeHash }));
  }

  takenHashes(codeHashes: string[]): Promise<Set<string>> {
    return this.db.withManager(async (m) => {
      const taken = new Set<string>();
      for (const batch of inBatches(codeHashes)) {
        const rows = await m.find(EnrollmentCodeEntity, {
          select: { codeHash: true },
          where: { codeHash: In(batch) },
        });
        for (const row of rows) taken.add(row.codeHash);
      }
      return taken;
    });
  }

  insertMany(codes: NewEnrollmentCode[]): Promise<void> {
    return this.db.withManager((m) => insertRows(m, EnrollmentCodeEntity, codes));
  }

  async markUsed(id: number, now: Date): Promise<void> {
    await this.db.withManager((m) => m.update(EnrollmentCodeEntity, { id }, { usedAt: now }));
  }

  revokeUnused(learnerIds: number[], now: Date): Promise<void> {
    return this.db.withManager(async (m) => {
      for (const batch of inBatches(learnerIds)) {
        await m.update(
          EnrollmentCodeEntity,
          { learnerId: In(batch), usedAt: IsNull(), revokedAt: IsNull() },
          { revokedAt: now },
        );
      }
    });
  }

  live(learnerIds: number[], now: Date): Promise<EnrollmentCodeRecord[]> {
    return this.db.withManager(async (m) => {
      const unused = await selectRowsIn<EnrollmentCodeRecord>(
        m,
        EnrollmentCodeEntity,
        'learnerId',
        learnerIds,
        { also: 'used_at IS NULL AND revoked_at IS NULL' },
      );
      return unused.filter((code) => code.expiresAt > now).sort((a, b) => a.id - b.id);
    });
  }
}
