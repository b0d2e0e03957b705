import { ColumnOptions } from 'typeorm';

/**
 * Column shapes shared by entities and migrations, so both engines see the same
 * definition and the schema diff stays empty. Times are UTC (the connection sets
 * timezone 'Z' on MySQL/MariaDB; TypeORM stores UTC text on SQLite).
 */
export const timestamp = (options: ColumnOptions = {}): ColumnOptions => ({
  type: 'datetime',
  ...options,
});
