import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, foreignKey } from './portable-columns';

/**
 * FSRS parameter sets fitted to a course's review log, one version per fit with its figures on
 * the hold-out; at most one per course is `current`, the one its cards are scheduled with.
 */
export class CreateFsrsParameterSets1765152000000 implements MigrationInterface {
  name = 'CreateFsrsParameterSets1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'fsrs_parameter_sets',
        columns: [
          col.id(),
          col.varchar('course_id', 64),
          col.int('version'),
          col.varchar('status', 16),
          col.text('parameters'),
          col.time('fitted_at'),
          col.int('reviews_read'),
          col.int('training_reviews'),
          col.int('hold_out_reviews'),
          col.time('hold_out_start'),
          col.double('default_log_loss'),
          col.double('default_rmse'),
          col.int('baseline_version', true),
          col.double('baseline_log_loss'),
          col.double('fitted_log_loss'),
          col.double('fitted_rmse'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_fsrs_parameter_sets_course_version',
            columnNames: ['course_id', 'version'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_fsrs_parameter_sets_course_status',
            columnNames: ['course_id', 'status'],
          }),
        ],
        foreignKeys: [foreignKey('FK_fsrs_parameter_sets_course', 'course_id', 'courses')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('fsrs_parameter_sets');
  }
}
