import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSettingEntity } from '../../infra/db/entities';

const CODE_SECRET = 'enrollment-code-secret';

/** Secrets the service makes for itself on first use and keeps in its own database. */
@Injectable()
export class AppSecrets {
  private codeSecret?: Promise<string>;

  constructor(private readonly dataSource: DataSource) {}

  enrollmentCodeSecret(): Promise<string> {
    this.codeSecret ??= this.getOrCreate(CODE_SECRET);
    return this.codeSecret;
  }

  private async getOrCreate(name: string): Promise<string> {
    // Two processes starting together both insert; the loser's row is ignored and both read the winner's.
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AppSettingEntity)
      .values({ name, value: randomBytes(32).toString('base64url') })
      .orIgnore()
      .execute();
    return (await this.dataSource.getRepository(AppSettingEntity).findOneByOrFail({ name })).value;
  }
}
