import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateApiKeys1764460800000 implements MigrationInterface {
  name = 'CreateApiKeys1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Chinese names and emoji need utf8mb4; make it the default for every table that follows.
    if (queryRunner.connection.driver.options.type !== 'better-sqlite3') {
      await queryRunner.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    }
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'key_id', type: 'varchar', length: '16' },
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'last_used_at', type: 'datetime', isNullable: true },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'api_keys',
      new TableIndex({ name: 'UQ_api_keys_key_id', columnNames: ['key_id'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
