import { Injectable } from '@nestjs/common';
import { DatabaseProbe } from '../../../modules/health/database-probe';
import { Database } from '../database';

@Injectable()
export class SqlDatabaseProbe extends DatabaseProbe {
  constructor(private readonly db: Database) {
    super();
  }

  async ping(): Promise<void> {
    await this.db.withManager((m) => m.query('SELECT 1'));
  }
}
