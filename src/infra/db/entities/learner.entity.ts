import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import type { LearnerRecord } from '../../../core/records/learner.record';

@Entity('learners')
@Index('UQ_learners_external_id', ['externalId'], { unique: true })
@Index('UQ_learners_wechat_contact', ['wechatContactId'], { unique: true })
@Index('UQ_learners_wechat_alias', ['wechatAlias'], { unique: true })
@Index('IDX_learners_bot_account', ['botAccountId'])
export class LearnerEntity implements LearnerRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** HR's id for the person; null once erased. */
  @Column({ name: 'external_id', type: 'varchar', length: 128, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** zh | en; null means the course's default. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  locale: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  timezone: string | null;

  @Column({ name: 'delivery_time', type: 'varchar', length: 5, nullable: true })
  deliveryTime: string | null;

  @Column({ name: 'wechat_contact_id', type: 'varchar', length: 128, nullable: true })
  wechatContactId: string | null;

  /** The alias set on the WeChat contact, so the binding survives new contact ids. */
  @Column({ name: 'wechat_alias', type: 'varchar', length: 64, nullable: true })
  wechatAlias: string | null;

  @Column(timestamp({ name: 'bound_at', nullable: true }))
  boundAt: Date | null;

  /** The pool account the learner is pinned to; null: the WECHATY_* default account. */
  @Column({ name: 'bot_account_id', type: 'integer', nullable: true })
  botAccountId: number | null;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;

  @Column(timestamp({ name: 'erased_at', nullable: true }))
  erasedAt: Date | null;
}
