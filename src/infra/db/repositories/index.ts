import type { Abstract, Type } from '@nestjs/common';
import { AppSettingRepository } from '../../../modules/enrollment/app-setting.repository';
import { SqlAppSettingRepository } from './app-setting.sql-repository';

/** Each repository port (an abstract class in the module that owns it) and its implementation. */
export const repositoryBindings: Array<{ provide: Abstract<unknown>; useClass: Type<unknown> }> = [
  { provide: AppSettingRepository, useClass: SqlAppSettingRepository },
];
