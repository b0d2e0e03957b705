import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, foreignKey } from './portable-columns';

const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });

/** Cohorts, learners, enrolments, FSRS cards, review logs, daily sessions and the outbox. */
export class CreateLearningEngine1764633600000 implements MigrationInterface {
  name = 'CreateLearningEngine1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      new Table({
        name: 'app_settings',
        columns: [{ ...col.varchar('name', 64), isPrimary: true }, col.text('value')],
      }),
      new Table({
        name: 'cohorts',
        columns: [
          col.id(),
          col.varchar('name', 200),
          col.varchar('course_id', 64),
          col.varchar('start_date', 10),
          col.varchar('timezone', 64),
          col.varchar('delivery_time', 5),
          col.text('workdays'),
          col.int('new_lessons_per_day'),
          col.int('max_reviews_per_day'),
          col.double('desired_retention'),
          col.int('reminder_after_hours'),
          col.varchar('quiet_hours_start', 5),
          col.varchar('quiet_hours_end', 5),
          col.int('mastery_days'),
          col.varchar('holiday_calendar', 32, true),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [index('IDX_cohorts_course', ['course_id'])],
        foreignKeys: [foreignKey('FK_cohorts_course', 'course_id', 'courses')],
      }),
      new Table({
        name: 'learners',
        columns: [
          col.id(),
          col.varchar('external_id', 128, true),
          col.varchar('name', 200, true),
          col.varchar('locale', 8, true),
          col.varchar('timezone', 64, true),
          col.varchar('delivery_time', 5, true),
          col.varchar('wechat_contact_id', 128, true),
          col.varchar('wechat_alias', 64, true),
          col.time('bound_at', true),
          col.time('created_at'),
          col.time('updated_at'),
          col.time('erased_at', true),
        ],
        indices: [
          index('UQ_learners_external_id', ['external_id'], true),
          index('UQ_learners_wechat_contact', ['wechat_contact_id'], true),
          index('UQ_learners_wechat_alias', ['wechat_alias'], true),
        ],
      }),
      new Table({
        name: 'enrollments',
        columns: [
          col.id(),
          col.int('learner_id'),
          col.int('cohort_id'),
          col.varchar('status', 16),
          col.time('next_session_at', true),
          col.time('enrolled_at'),
          col.time('completed_at', true),
          col.time('updated_at'),
        ],
        indices: [
          index('UQ_enrollments_learner_cohort', ['learner_id', 'cohort_id'], true),
          index('IDX_enrollments_cohort_status', ['cohort_id', 'status']),
          index('IDX_enrollments_status_next_session', ['status', 'next_session_at']),
        ],
        foreignKeys: [
          foreignKey('FK_enrollments_learner', 'learner_id', 'learners'),
          foreignKey('FK_enrollments_cohort', 'cohort_id', 'cohorts'),
        ],
      }),
      new Table({
        name: 'enrollment_codes',
        columns: [
          col.id(),
          col.int('learner_id'),
          col.varchar('code_hash', 64),
          col.time('expires_at'),
          col.time('used_at', true),
          col.time('revoked_at', true),
          col.time('created_at'),
        ],
        indices: [
          index('UQ_enrollment_codes_hash', ['code_hash'], true),
          index('IDX_enrollment_codes_learner', ['learner_id']),
        ],
        foreignKeys: [foreignKey('FK_enrollment_codes_learner', 'learner_id', 'learners')],
      }),
      new Table({
        name: 'cards',
        columns: [
          col.id(),
          col.int('enrollment_id'),
          col.int('question_id'),
          col.time('due'),
          col.double('stability'),
          col.double('difficulty'),
          col.int('elapsed_days'),
          col.int('scheduled_days'),
          col.int('learning_steps'),
          col.int('reps'),
          col.int('lapses'),
          col.varchar('state', 16),
          col.time('last_review', true),
          col.time('created_at'),
        ],
        indices: [
          index('UQ_cards_enrollment_question', ['enrollment_id', 'question_id'], true),
          index('IDX_cards_enrollment_due', ['enrollment_id', 'due']),
          index('IDX_cards_question', ['question_id']),
        ],
        foreignKeys: [
          foreignKey('FK_cards_enrollment', 'enrollment_id', 'enrollments'),
          foreignKey('FK_cards_question', 'question_id', 'questions'),
        ],
      }),
      new Table({
        name: 'review_logs',
        columns: [
          col.id(),
          col.int('card_id'),
          col.int('enrollment_id'),
          col.int('question_id'),
          col.int('prompt_id'),
          col.varchar('inbound_message_id', 128, true),
          col.varchar('grade', 8),
          col.varchar('rating', 8),
          col.varchar('chosen', 16),
          col.int('first_try'),
          col.text('raw_reply', true),
          col.int('latency_ms'),
          col.text('state_before'),
          col.text('state_after'),
          col.time('reviewed_at'),
        ],
        indices: [
          index('UQ_review_logs_inbound_message', ['inbound_message_id'], true),
          index('IDX_review_logs_enrollment_reviewed', ['enrollment_id', 'reviewed_at']),
          index('IDX_review_logs_question', ['question_id']),
          index('IDX_review_logs_card', ['card_id']),
        ],
        foreignKeys: [foreignKey('FK_review_logs_card', 'card_id', 'cards')],
      }),
      new Table({
        name: 'daily_sessions',
        columns: [
          col.id(),
          col.int('enrollment_id'),
          col.varchar('local_date', 10),
          col.varchar('status', 16),
          col.time('started_at'),
          col.time('expires_at'),
          col.time('reminder_at', true),
          col.text('queue'),
          col.int('prompts_total'),
          col.int('answered'),
          col.int('correct'),
        ],
        indices: [
          index('UQ_daily_sessions_enrollment_date', ['enrollment_id', 'local_date'], true),
          index('IDX_daily_sessions_status_expires', ['status', 'expires_at']),
          index('IDX_daily_sessions_status_reminder', ['status', 'reminder_at']),
        ],
        foreignKeys: [foreignKey('FK_daily_sessions_enrollment', 'enrollment_id', 'enrollments')],
      }),
      new Table({
        name: 'session_prompts',
        columns: [
          col.id(),
          col.int('session_id'),
          col.int('enrollment_id'),
          col.int('question_id'),
          col.varchar('kind', 8),
          col.varchar('status', 16),
          col.time('sent_at'),
          col.time('closed_at', true),
        ],
        indices: [
          index('IDX_session_prompts_enrollment_status', ['enrollment_id', 'status']),
          index('IDX_session_prompts_session', ['session_id']),
          index('IDX_session_prompts_question', ['question_id']),
        ],
        foreignKeys: [foreignKey('FK_session_prompts_session', 'session_id', 'daily_sessions')],
      }),
      new Table({
        name: 'enrollment_lessons',
        columns: [
          col.id(),
          col.int('enrollment_id'),
          col.int('lesson_id'),
          col.int('session_id'),
          col.time('delivered_at'),
        ],
        indices: [
          index('UQ_enrollment_lessons_enrollment_lesson', ['enrollment_id', 'lesson_id'], true),
        ],
        foreignKeys: [
          foreignKey('FK_enrollment_lessons_enrollment', 'enrollment_id', 'enrollments'),
          foreignKey('FK_enrollment_lessons_lesson', 'lesson_id', 'lessons'),
        ],
      }),
      new Table({
        name: 'outbox_messages',
        columns: [
          col.id(),
          col.int('learner_id'),
          col.varchar('dedupe_key', 191),
          col.varchar('kind', 24),
          col.text('body'),
          col.varchar('status', 16),
          col.int('attempts'),
          col.time('next_attempt_at'),
          col.time('locked_until', true),
          col.text('last_error', true),
          col.time('created_at'),
          col.time('sent_at', true),
        ],
        indices: [
          index('UQ_outbox_messages_dedupe_key', ['dedupe_key'], true),
          index('IDX_outbox_messages_status_next_attempt', ['status', 'next_attempt_at']),
          index('IDX_outbox_messages_learner', ['learner_id', 'id']),
        ],
      }),
    ];
    for (const table of tables) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      'outbox_messages',
      'enrollment_lessons',
      'session_prompts',
      'daily_sessions',
      'review_logs',
      'cards',
      'enrollment_codes',
      'enrollments',
      'learners',
      'cohorts',
      'app_settings',
    ];
    for (const table of tables) await queryRunner.dropTable(table);
  }
}
