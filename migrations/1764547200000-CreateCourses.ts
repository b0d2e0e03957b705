import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumnOptions,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

const id: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
const key = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '64' });
const json = (name: string): TableColumnOptions => ({ name, type: 'text' });
const time = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  isNullable,
});
const hash = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '64' });

export class CreateCourses1764547200000 implements MigrationInterface {
  name = 'CreateCourses1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          { ...key('id'), isPrimary: true },
          json('title'),
          json('summary'),
          { name: 'default_locale', type: 'varchar', length: '8' },
          json('locales'),
          hash('content_hash'),
          time('created_at'),
          time('updated_at'),
          time('retired_at', true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_modules',
        columns: [
          id,
          key('course_id'),
          key('module_key'),
          { name: 'position', type: 'integer' },
          json('title'),
          hash('content_hash'),
          time('retired_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_course_modules_course_key',
            columnNames: ['course_id', 'module_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [courseForeignKey('FK_course_modules_course')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lessons',
        columns: [
          id,
          key('course_id'),
          key('lesson_key'),
          key('module_key'),
          { name: 'position', type: 'integer' },
          json('title'),
          json('body'),
          json('locales'),
          hash('content_hash'),
          time('created_at'),
          time('updated_at'),
          time('retired_at', true),
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
        foreignKeys: [courseForeignKey('FK_lessons_course')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          id,
          { name: 'lesson_id', type: 'integer' },
          key('question_key'),
          { name: 'position', type: 'integer' },
          { name: 'type', type: 'varchar', length: '16' },
          json('prompt'),
          json('choices'),
          { name: 'answer', type: 'varchar', length: '8' },
          json('explain'),
          hash('text_hash'),
          hash('answer_hash'),
          time('created_at'),
          time('updated_at'),
          time('answer_changed_at', true),
          time('retired_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_questions_lesson_key',
            columnNames: ['lesson_id', 'question_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_questions_lesson',
            columnNames: ['lesson_id'],
            referencedTableName: 'lessons',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['questions', 'lessons', 'course_modules', 'courses'])
      await queryRunner.dropTable(table);
  }
}

function courseForeignKey(name: string): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: ['course_id'],
    referencedTableName: 'courses',
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
    onUpdate: 'NO ACTION',
  });
}
