import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AppSettingRecord } from '../../../core/records/app-setting.record';

/** Values the service creates for itself on first use, such as the enrolment-code secret. */
@Entity('app_settings')
export class AppSettingEntity implements AppSettingRecord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
