import { ApiKeyRecord } from '../../core/records';

export type NewApiKey = Omit<ApiKeyRecord, 'id' | 'lastUsedAt' | 'revokedAt'>;

/** The stored API keys: only a hash of each secret is kept. */
export abstract class ApiKeyRepository {
  abstract create(key: NewApiKey): Promise<ApiKeyRecord>;
  /** Every key, revoked ones too, oldest first. */
  abstract list(): Promise<ApiKeyRecord[]>;
  /** Revokes the key unless it is revoked already (the first time stays); null when unknown. */
  abstract revoke(id: number, at: Date): Promise<ApiKeyRecord | null>;
  /** The key with this public key id, unless it was revoked. */
  abstract live(keyId: string): Promise<ApiKeyRecord | null>;
  abstract markUsed(id: number, at: Date): Promise<void>;
}
