import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './portable-columns';

/** Every chat message the bot acted on, once: a puppet that delivers a message twice is ignored. */
export class CreateInboundMessages1764720000000 implements MigrationInterface {
  name = 'CreateInboundMessages1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inbound_messages',
        columns: [
          col.id(),
          col.varchar('message_id', 128),
          col.int('learner_id', true),
          col.time('received_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_inbound_messages_message',
            columnNames: ['message_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inbound_messages');
  }
}
