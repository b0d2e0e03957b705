import type { RepositoryBinding } from '.';
import { AppSettingRepository } from '../../../modules/enrollment/app-setting.repository';
import { SqlAppSettingRepository } from './app-setting.sql-repository';

/** The enrollment module's repository ports and their SQL implementations. */
export const enrollmentBindings: RepositoryBinding[] = [
  { provide: AppSettingRepository, useClass: SqlAppSettingRepository },
];
