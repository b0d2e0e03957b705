import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './portable-columns';

/**
 * The cohorts an `hr` key is limited to, as comma-separated ids; null means every cohort.
 * A list rather than a join table: it is read with the key on every request and never queried.
 */
export class AddApiKeyCohorts1764979200000 implements MigrationInterface {
  name = 'AddApiKeyCohorts1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('api_keys', new TableColumn(col.varchar('cohort_ids', 1000, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('api_keys', 'cohort_ids');
  }
}
