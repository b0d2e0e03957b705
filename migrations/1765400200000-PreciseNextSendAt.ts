import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './portable-columns';

const column = (precision?: number) =>
  new TableColumn({ ...col.time('next_send_at', true), ...(precision ? { precision } : {}) });

/**
 * An account's next send time to the millisecond: MySQL/MariaDB keep whole seconds of a plain
 * DATETIME, and rounding every gap up to the next second would cost an account at 20 a minute
 * a quarter of its rate.
 */
export class PreciseNextSendAt1765400200000 implements MigrationInterface {
  name = 'PreciseNextSendAt1765400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('bot_accounts', 'next_send_at', column(3));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('bot_accounts', 'next_send_at', column());
  }
}
