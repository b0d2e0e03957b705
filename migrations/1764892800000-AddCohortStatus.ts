import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A cohort can be paused (no sessions until resumed) or archived (no sessions, no new
 * learners) without touching its learners' history. Existing cohorts stay active.
 */
export class AddCohortStatus1764892800000 implements MigrationInterface {
  name = 'AddCohortStatus1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'cohorts',
      new TableColumn({
        name: 'status',
        type: 'varchar',
        length: '16',
        isNullable: false,
        default: "'active'",
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('cohorts', 'status');
  }
}
