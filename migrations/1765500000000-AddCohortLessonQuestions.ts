import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './portable-columns';

/** When a new lesson's questions are first asked (cohort setting; existing cohorts keep asking them at once). */
export class AddCohortLessonQuestions1765500000000 implements MigrationInterface {
  name = 'AddCohortLessonQuestions1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'cohorts',
      new TableColumn({ ...col.varchar('lesson_questions', 16), default: "'same-session'" }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('cohorts', 'lesson_questions');
  }
}
