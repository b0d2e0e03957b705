import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../columns';
import type {
  BotAccountRecord,
  BotAccountState,
  BotAccountTls,
} from '../../../core/records/bot-account.record';

/** Both engines keep flags as integer 0/1; the record sees a boolean. */
const flag = {
  to: (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0),
  from: (value: number | null) => value === 1,
};

/** A WeChat account of the pool, and who runs it now. */
@Entity('bot_accounts')
@Index('UQ_bot_accounts_name', ['name'], { unique: true })
export class BotAccountEntity implements BotAccountRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  puppet: string;

  /** Write-only: never in an API response or a log line. */
  @Column({ type: 'text', nullable: true })
  token: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  endpoint: string | null;

  @Column({ type: 'simple-json', nullable: true })
  tls: BotAccountTls | null;

  /** A link to the account's contact QR card, for invite sheets; set by HR. */
  @Column({ name: 'qr_card_url', type: 'text', nullable: true })
  qrCardUrl: string | null;

  @Column({ name: 'send_rate_per_minute', type: 'integer' })
  sendRatePerMinute: number;

  @Column({ type: 'integer', transformer: flag })
  enabled: boolean;

  @Column(timestamp({ name: 'created_at' }))
  createdAt: Date;

  @Column(timestamp({ name: 'updated_at' }))
  updatedAt: Date;

  /** The instance id holding the lease; it alone runs the account until lease_until. */
  @Column({ name: 'lease_holder', type: 'varchar', length: 100, nullable: true })
  leaseHolder: string | null;

  @Column(timestamp({ name: 'lease_until', nullable: true }))
  leaseUntil: Date | null;

  /** The earliest the next message may go, advanced in the claim so the rate holds. */
  @Column(timestamp({ name: 'next_send_at', nullable: true }))
  nextSendAt: Date | null;

  @Column({ type: 'varchar', length: 24, default: 'logged-out' })
  state: BotAccountState;

  @Column({ name: 'state_reason', type: 'text', nullable: true })
  stateReason: string | null;

  /** Only while waiting-for-scan. */
  @Column({ name: 'qr_url', type: 'text', nullable: true })
  qrUrl: string | null;

  @Column({ name: 'wechat_id', type: 'varchar', length: 128, nullable: true })
  wechatId: string | null;

  @Column({ name: 'wechat_name', type: 'varchar', length: 200, nullable: true })
  wechatName: string | null;

  @Column(timestamp({ name: 'state_at', nullable: true }))
  stateAt: Date | null;
}

export type { BotAccountState, BotAccountTls };
