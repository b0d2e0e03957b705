import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from './portable-columns';

/**
 * The bot pool: WeChat accounts stored in the database, each run by whichever instance holds
 * its lease, with a send rate kept here so it holds across instances. Learners and outbox
 * rows name their account; null means the WECHATY_* default account of a pool with none stored.
 */
export class CreateBotAccounts1765400000000 implements MigrationInterface {
  name = 'CreateBotAccounts1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'bot_accounts',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('puppet', 100),
          col.text('token', true),
          col.varchar('endpoint', 255, true),
          col.text('tls', true),
          col.int('send_rate_per_minute'),
          col.int('enabled'),
          col.time('created_at'),
          col.time('updated_at'),
          col.varchar('lease_holder', 100, true),
          col.time('lease_until', true),
          col.time('next_send_at', true),
          { ...col.varchar('state', 24), default: "'logged-out'" },
          col.text('state_reason', true),
          col.text('qr_url', true),
          col.varchar('wechat_id', 128, true),
          col.varchar('wechat_name', 200, true),
          col.time('state_at', true),
        ],
        indices: [
          new TableIndex({ name: 'UQ_bot_accounts_name', columnNames: ['name'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.addColumn('learners', new TableColumn(col.int('bot_account_id', true)));
    await queryRunner.createIndex(
      'learners',
      new TableIndex({ name: 'IDX_learners_bot_account', columnNames: ['bot_account_id'] }),
    );
    await queryRunner.addColumn(
      'outbox_messages',
      new TableColumn(col.int('bot_account_id', true)),
    );
    await queryRunner.createIndex(
      'outbox_messages',
      new TableIndex({
        name: 'IDX_outbox_messages_account_status',
        columnNames: ['bot_account_id', 'status', 'next_attempt_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('outbox_messages', 'IDX_outbox_messages_account_status');
    await queryRunner.dropColumn('outbox_messages', 'bot_account_id');
    await queryRunner.dropIndex('learners', 'IDX_learners_bot_account');
    await queryRunner.dropColumn('learners', 'bot_account_id');
    await queryRunner.dropTable('bot_accounts');
  }
}
