import { Injectable } from '@nestjs/common';
import { AppSettingRepository } from '../../../modules/enrollment/app-setting.repository';
import { Database } from '../database';
import { AppSettingEntity } from '../entities';

@Injectable()
export class SqlAppSettingRepository extends AppSettingRepository {
  constructor(private readonly db: Database) {
    super();
  }

  getOrCreate(name: string, value: string): Promise<string> {
    return this.db.withManager(async (m) => {
      // Two processes starting together both insert; the loser's row is ignored and both read the winner's.
      await m
        .createQueryBuilder()
        .insert()
        .into(AppSettingEntity)
        .values({ name, value })
        .orIgnore()
        .execute();
      return (await m.getRepository(AppSettingEntity).findOneByOrFail({ name })).value;
    });
  }
}
