import { ApiKeyRecord } from '../../src/core/records';
import { ApiKeyRepository, NewApiKey } from '../../src/modules/auth/api-key.repository';
import { CohortReachRepository } from '../../src/modules/auth/cohort-reach.repository';

/** ApiKeyRepository in memory; `writes` counts what reached the store. */
export class InMemoryApiKeys extends ApiKeyRepository {
  readonly rows: ApiKeyRecord[] = [];
  writes = 0;

  async create(key: NewApiKey): Promise<ApiKeyRecord> {
    const row = { ...key, id: this.rows.length + 1, lastUsedAt: null, revokedAt: null };
    this.rows.push(row);
    this.writes++;
    return { ...row };
  }

  async list(): Promise<ApiKeyRecord[]> {
    return this.rows.map((row) => ({ ...row }));
  }

  async revoke(id: number, at: Date): Promise<ApiKeyRecord | null> {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return null;
    row.revokedAt ??= at;
    this.writes++;
    return { ...row };
  }

  async live(keyId: string): Promise<ApiKeyRecord | null> {
    const row = this.rows.find((r) => r.keyId === keyId && r.revokedAt === null);
    return row ? { ...row } : null;
  }

  async markUsed(id: number, at: Date): Promise<void> {
    this.rows.find((r) => r.id === id)!.lastUsedAt = at;
    this.writes++;
  }
}

/** CohortReachRepository over a fixed set of cohort ids; no learners, no deliveries. */
export class InMemoryCohortReach extends CohortReachRepository {
  constructor(private readonly cohortIds: number[]) {
    super();
  }

  async existingCohorts(cohortIds: number[]): Promise<number[]> {
    return cohortIds.filter((id) => this.cohortIds.includes(id));
  }

  async learnerOfDelivery(): Promise<number | undefined> {
    return undefined;
  }

  async isEnrolledInAny(): Promise<boolean> {
    return false;
  }
}
