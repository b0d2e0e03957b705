import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './portable-columns';

/**
 * The link to a bot account's contact QR card (the code a learner scans to add it as a
 * friend), printed on invite sheets next to each learner's code.
 */
export class AddBotAccountQrCard1765400100000 implements MigrationInterface {
  name = 'AddBotAccountQrCard1765400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('bot_accounts', new TableColumn(col.text('qr_card_url', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('bot_accounts', 'qr_card_url');
  }
}
