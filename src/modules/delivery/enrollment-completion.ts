import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { localize } from '../../core/messages/localized-text';
import { renderCompletion } from '../../core/messages/quiz-messages';
import { everyLessonDelivered, isComplete } from '../../core/planning/completion';
import { CardEntity, EnrollmentEntity } from '../../infra/db/entities';
import { findRows } from '../../infra/db/raw-reads';
import { toCardState } from './card-mapping';
import { Outbox } from './outbox';
import { Audience } from './session-texts';

/**
 * Closes an enrollment once its course is learnt, at the end of a session. It runs after
 * every session, so it reads ids, not the course's texts, and reads the cards only once
 * every live lesson is delivered: before that the cards cannot change the answer.
 */
@Injectable()
export class EnrollmentCompletion {
  constructor(private readonly outbox: Outbox) {}

  async completeIfMastered(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    audience: Audience,
    now: Date,
  ): Promise<void> {
    const { courseId, masteryDays } = audience.cohort;
    const lessons = await liveLessonIds(m, courseId);
    const delivered = await deliveredLessonIds(m, enrollment.id);
    if (!everyLessonDelivered(lessons, delivered)) return;
    const questions = await liveQuestionIds(m, courseId);
    const cards = await findRows(m, CardEntity, { enrollmentId: enrollment.id });
    const done = isComplete({
      allLessonsDelivered: true,
      cards: cards.filter((c) => questions.has(c.questionId)).map(toCardState),
      masteryDays,
    });
    if (!done) return;
    await m.update(
      EnrollmentEntity,
      { id: enrollment.id },
      { status: 'completed', completedAt: now, nextSessionAt: null },
    );
    const body = renderCompletion(audience.locale, {
      courseTitle: localize(audience.course.title, audience.locale, audience.fallback),
      lessons: lessons.length,
      mastered: cards.length,
    });
    await this.outbox.enqueue(
      [
        {
          learnerId: enrollment.learnerId,
          dedupeKey: `enrollment:${enrollment.id}:completed`,
          kind: 'completion',
          body,
        },
      ],
      now,
    );
  }
}

/** The course's live lessons, as the curriculum lists them. */
async function liveLessonIds(m: EntityManager, courseId: string) {
  const rows: Array<{ id: number }> = await m.query(
    'SELECT id FROM lessons WHERE course_id = ? AND retired_at IS NULL',
    [courseId],
  );
  return rows.map((r) => ({ lessonId: Number(r.id) }));
}

async function deliveredLessonIds(m: EntityManager, enrollmentId: number) {
  const rows: Array<{ lesson_id: number }> = await m.query(
    'SELECT lesson_id FROM enrollment_lessons WHERE enrollment_id = ?',
    [enrollmentId],
  );
  return new Set(rows.map((r) => Number(r.lesson_id)));
}

/** Live questions of live lessons: a retired question's card no longer counts. */
async function liveQuestionIds(m: EntityManager, courseId: string) {
  const rows: Array<{ id: number }> = await m.query(
    'SELECT q.id FROM questions q INNER JOIN lessons l ON l.id = q.lesson_id ' +
      'WHERE l.course_id = ? AND l.retired_at IS NULL AND q.retired_at IS NULL',
    [courseId],
  );
  return new Set(rows.map((r) => Number(r.id)));
}
