import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import type { ApiKeyRecord } from '../../../core/records/api-key.record';

@Entity('api_keys')
export class ApiKeyEntity implements ApiKeyRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: string;

  /** Public part of the key, used to find the row; the secret is only stored hashed. */
  @Index('UQ_api_keys_key_id', { unique: true })
  @Column({ name: 'key_id', type: 'varchar', length: 16 })
  keyId: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'last_used_at', nullable: true }))
  lastUsedAt: Date | null;

  @Column(timestamp({ name: 'revoked_at', nullable: true }))
  revokedAt: Date | null;

  /** The only cohorts an `hr` key may see; null for every cohort. */
  @Column({
    name: 'cohort_ids',
    type: 'varchar',
    length: 1000,
    nullable: true,
    transformer: {
      to: (ids: number[] | null | undefined) => (ids ? ids.join(',') : null),
      from: (text: string | null) => (text ? text.split(',').map(Number) : null),
    },
  })
  cohortIds: number[] | null;
}
