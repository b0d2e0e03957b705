import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Values the service creates for itself on first use, such as the enrolment-code secret. */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
