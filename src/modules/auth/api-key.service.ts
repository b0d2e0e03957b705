import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from '../../core/api-key';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import { isRole, Role } from '../../core/roles';
import { ApiKeyRecord } from '../../core/records';
import { AppConfig } from '../../config/app-config';
import { ApiKeyRepository } from './api-key.repository';
import { CohortReachRepository } from './cohort-reach.repository';

export interface Principal {
  /** Stable, non-secret id for rate limiting and audit: the key id, or "env-admin". */
  keyId: string;
  role: Role;
  name: string;
  /** The only cohorts this key may see; null for every cohort. */
  cohortIds: number[] | null;
}

export interface ApiKeySummary {
  id: number;
  keyId: string;
  name: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  cohortIds: number[] | null;
}

const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyService {
  private readonly envAdminHash?: Buffer;

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly cohorts: CohortReachRepository,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    if (config.adminApiKey) this.envAdminHash = sha256(config.adminApiKey);
  }

  /**
   * Creates a key; the returned `key` is the only time the secret is ever visible. An `hr`
   * key given `cohortIds` sees those cohorts and nothing else.
   */
  async create(
    role: string,
    name: string,
    cohortIds: number[] | null = null,
  ): Promise<ApiKeySummary & { key: string }> {
    if (!isRole(role)) {
      throw new DomainError('invalid-input', 'role must be admin, hr or trainer', [
        { field: 'role', message: 'must be admin, hr or trainer' },
      ]);
    }
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 100) {
      throw new DomainError('invalid-input', 'name must be 1 to 100 characters', [
        { field: 'name', message: 'must be 1 to 100 characters' },
      ]);
    }
    await this.checkCohorts(role, cohortIds);
    const { key, keyId, secret } = generateApiKey();
    const stored = await this.keys.create({
      keyId,
      name: trimmed,
      role,
      secretHash: hashSecret(secret),
      createdAt: this.clock.now(),
      cohortIds: cohortIds && [...new Set(cohortIds)].sort((a, b) => a - b),
    });
    return { ...toSummary(stored), key };
  }

  async list(): Promise<ApiKeySummary[]> {
    return (await this.keys.list()).map(toSummary);
  }

  async revoke(id: number): Promise<ApiKeySummary> {
    const key = await this.keys.revoke(id, this.clock.now());
    if (!key) throw new DomainError('not-found', `API key ${id} does not exist`);
    return toSummary(key);
  }

  /** The principal behind a presented key, or null when it is unknown or revoked. */
  async authenticate(raw: string): Promise<Principal | null> {
    if (this.envAdminHash && timingSafeEqual(sha256(raw), this.envAdminHash)) {
      return { keyId: 'env-admin', role: 'admin', name: 'ADMIN_API_KEY', cohortIds: null };
    }
    const parts = parseApiKey(raw);
    if (!parts) return null;
    const key = await this.keys.live(parts.keyId);
    if (!key || !secretMatches(parts.secret, key.secretHash) || !isRole(key.role)) return null;
    await this.touch(key);
    return { keyId: key.keyId, role: key.role, name: key.name, cohortIds: key.cohortIds };
  }

  private async checkCohorts(role: Role, cohortIds: number[] | null): Promise<void> {
    if (cohortIds === null) return;
    const problem = (message: string) =>
      new DomainError('invalid-input', `cohortIds ${message}`, [{ field: 'cohortIds', message }]);
    if (role !== 'hr') throw problem('can only limit an hr key');
    if (cohortIds.length === 0) throw problem('must name at least one cohort');
    const found = await this.cohorts.existingCohorts(cohortIds);
    const missing = cohortIds.filter((id) => !found.includes(id));
    if (missing.length > 0) throw problem(`name cohorts that do not exist: ${missing.join(', ')}`);
  }

  private async touch(key: ApiKeyRecord): Promise<void> {
    const now = this.clock.now();
    if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS)
      return;
    await this.keys.markUsed(key.id, now);
  }
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

function toSummary(entity: ApiKeyRecord): ApiKeySummary {
  return {
    id: entity.id,
    keyId: entity.keyId,
    name: entity.name,
    role: entity.role as Role,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
    cohortIds: entity.cohortIds,
  };
}
