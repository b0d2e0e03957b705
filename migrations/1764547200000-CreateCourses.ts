import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, foreignKey } from './portable-columns';

export class CreateCourses1764547200000 implements MigrationInterface {
  name = 'CreateCourses1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          { ...col.varchar('id', 64), isPrimary: true },
          col.text('title'),
          col.text('summary'),
          col.varchar('default_locale', 8),
          col.text('locales'),
          col.varchar('content_hash', 64),
          col.time('created_at'),
          col.time('updated_at'),
          col.time('retired_at', true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_modules',
        columns: [
          col.id(),
          col.varchar('course_id', 64),
          col.varchar('module_key', 64),
          col.int('position'),
          col.text('title'),
          col.varchar('content_hash', 64),
          col.time('retired_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_course_modules_course_key',
            columnNames: ['course_id', 'module_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [foreignKey('FK_course_modules_course', 'course_id', 'courses')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lessons',
        columns: [
          col.id(),
          col.varchar('course_id', 64),
          col.varchar('lesson_key', 64),
          col.varchar('module_key', 64),
          col.int('position'),
          col.text('title'),
          col.text('body'),
          col.text('locales'),
          col.varchar('content_hash', 64),
          col.time('created_at'),
          col.time('updated_at'),
          col.time('retired_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_lessons_course_key',
            columnNames: ['course_id', 'lesson_key'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'IDX_lessons_course_position',
            columnNames: ['course_id', 'position'],
          }),
        ],
        foreignKeys: [foreignKey('FK_lessons_course', 'course_id', 'courses')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          col.id(),
          col.int('lesson_id'),
          col.varchar('question_key', 64),
          col.int('position'),
          col.varchar('type', 16),
          col.text('prompt'),
          col.text('choices'),
          col.varchar('answer', 8),
          col.text('explain'),
          col.varchar('text_hash', 64),
          col.varchar('answer_hash', 64),
          col.time('created_at'),
          col.time('updated_at'),
          col.time('answer_changed_at', true),
          col.time('retired_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_questions_lesson_key',
            columnNames: ['lesson_id', 'question_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [foreignKey('FK_questions_lesson', 'lesson_id', 'lessons')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['questions', 'lessons', 'course_modules', 'courses'])
      await queryRunner.dropTable(table);
  }
}
