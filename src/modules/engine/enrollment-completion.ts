import { Injectable } from '@nestjs/common';
import { localize } from '../../core/messages/localized-text';
import { renderCompletion } from '../../core/messages/quiz-messages';
import { everyLessonDelivered, isComplete } from '../../core/planning/completion';
import type { EnrollmentRecord } from '../../core/records';
import { Outbox } from '../delivery/outbox';
import { CardRepository } from './card.repository';
import { toCardState } from './card-mapping';
import { CurriculumRepository } from './curriculum.repository';
import { EnrollmentPlanRepository } from './enrollment-plan.repository';
import { Audience } from './session-texts';

/**
 * Closes an enrollment once its course is learnt, at the end of a session. It runs after
 * every session, so it reads ids, not the course's texts, and reads the cards only once
 * every live lesson is delivered: before that the cards cannot change the answer.
 */
@Injectable()
export class EnrollmentCompletion {
  constructor(
    private readonly outbox: Outbox,
    private readonly content: CurriculumRepository,
    private readonly enrollments: EnrollmentPlanRepository,
    private readonly cards: CardRepository,
  ) {}

  /** In the caller's unit of work. */
  async completeIfMastered(
    enrollment: EnrollmentRecord,
    audience: Audience,
    now: Date,
  ): Promise<void> {
    const { courseId, masteryDays } = audience.cohort;
    const lessons = (await this.content.liveLessonIds(courseId)).map((lessonId) => ({ lessonId }));
    const delivered = (await this.enrollments.deliveredLessons([enrollment.id])).get(enrollment.id);
    if (!everyLessonDelivered(lessons, delivered ?? new Set())) return;
    const questions = await this.content.liveQuestionIds(courseId);
    const cards = await this.cards.ofEnrollment(enrollment.id);
    const done = isComplete({
      allLessonsDelivered: true,
      cards: cards.filter((c) => questions.has(c.questionId)).map(toCardState),
      masteryDays,
    });
    if (!done) return;
    await this.enrollments.complete(enrollment.id, now);
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
