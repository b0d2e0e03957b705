import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { ApiKeyRecord } from '../../../core/records';
import { ApiKeyRepository, NewApiKey } from '../../../modules/auth/api-key.repository';
import { Database } from '../database';
import { ApiKeyEntity } from '../entities';

@Injectable()
export class SqlApiKeyRepository extends ApiKeyRepository {
  constructor(private readonly db: Database) {
    super();
  }

  create(key: NewApiKey): Promise<ApiKeyRecord> {
    return this.db.withManager((m) =>
      m.save(m.create(ApiKeyEntity, { ...key, lastUsedAt: null, revokedAt: null })),
    );
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.db.withManager((m) => m.find(ApiKeyEntity, { order: { id: 'ASC' } }));
  }

  revoke(id: number, at: Date): Promise<ApiKeyRecord | null> {
    return this.db.withManager(async (m) => {
      await m.update(ApiKeyEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
      return m.findOneBy(ApiKeyEntity, { id });
    });
  }

  live(keyId: string): Promise<ApiKeyRecord | null> {
    return this.db.withManager((m) => m.findOneBy(ApiKeyEntity, { keyId, revokedAt: IsNull() }));
  }

  async markUsed(id: number, at: Date): Promise<void> {
    await this.db.withManager((m) => m.update(ApiKeyEntity, { id }, { lastUsedAt: at }));
  }
}
