import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Locale } from '../../core/content/course-model';
import { localize } from '../../core/messages/localized-text';
import { PromptView } from '../../core/messages/message-views';
import {
  renderLessonMessage,
  renderReminder,
  renderReviewStart,
} from '../../core/messages/quiz-messages';
import {
  CohortEntity,
  CourseEntity,
  DailySessionEntity,
  EnrollmentEntity,
  LearnerEntity,
  LessonEntity,
  QuestionEntity,
  SessionPromptEntity,
} from '../../infra/db/entities';
import { findRowOrFail } from '../../infra/db/raw-reads';

/** Who reads a message and in which language: the learner's, else the course's default. */
export interface Audience {
  learner: LearnerEntity;
  cohort: CohortEntity;
  course: CourseEntity;
  locale: Locale;
  fallback: Locale;
}

/** Loads what the templates in core/messages need, and renders the session's messages. */
@Injectable()
export class SessionTexts {
  /** `known` rows the caller has already read are used instead of being read again. */
  async audience(
    m: EntityManager,
    enrollment: Pick<EnrollmentEntity, 'learnerId' | 'cohortId'>,
    known: { learner?: LearnerEntity; cohort?: CohortEntity } = {},
  ): Promise<Audience> {
    const learner =
      known.learner ?? (await findRowOrFail(m, LearnerEntity, { id: enrollment.learnerId }));
    const cohort =
      known.cohort ?? (await findRowOrFail(m, CohortEntity, { id: enrollment.cohortId }));
    const course = await findRowOrFail(m, CourseEntity, { id: cohort.courseId });
    const fallback = course.defaultLocale;
    const locale = learner.locale === 'zh' || learner.locale === 'en' ? learner.locale : fallback;
    return { learner, cohort, course, locale, fallback };
  }

  /**
   * The prompt as the learner sees it. `known` saves reads: its question, and how many
   * prompts the session has asked, this one included.
   */
  async promptView(
    m: EntityManager,
    audience: Audience,
    session: DailySessionEntity,
    prompt: Pick<SessionPromptEntity, 'questionId'>,
    known: { question?: QuestionEntity; asked?: number } = {},
  ): Promise<PromptView> {
    const question =
      known.question ?? (await findRowOrFail(m, QuestionEntity, { id: prompt.questionId }));
    const asked = known.asked ?? (await promptsAsked(m, session.id));
    const text = (t: QuestionEntity['prompt']) => localize(t, audience.locale, audience.fallback);
    return {
      position: asked,
      total: Math.max(session.promptsTotal, asked),
      type: question.type,
      prompt: text(question.prompt),
      choices: question.choices.map(text),
    };
  }

  /** The day's first message: the new lesson(s), or a review greeting, then the first prompt. */
  async opening(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    session: DailySessionEntity,
    prompt: SessionPromptEntity,
  ): Promise<string> {
    const audience = await this.audience(m, enrollment);
    const firstPrompt = await this.promptView(m, audience, session, prompt);
    const text = (t: LessonEntity['body']) => localize(t, audience.locale, audience.fallback);
    if (session.queue.lessonIds.length === 0) {
      return renderReviewStart(audience.locale, { reviewCount: session.promptsTotal, firstPrompt });
    }
    const lessons = await m.find(LessonEntity, {
      where: { id: In(session.queue.lessonIds) },
      order: { position: 'ASC' },
    });
    return lessons
      .map((lesson, i) =>
        renderLessonMessage(audience.locale, {
          courseTitle: text(audience.course.title),
          lessonTitle: text(lesson.title),
          body: text(lesson.body),
          dayNumber: lesson.position + 1,
          firstPrompt: i === lessons.length - 1 ? firstPrompt : undefined,
        }),
      )
      .join('\n\n');
  }

  async reminder(
    m: EntityManager,
    enrollment: EnrollmentEntity,
    session: DailySessionEntity,
    prompt: SessionPromptEntity,
  ): Promise<string> {
    const audience = await this.audience(m, enrollment);
    const view = await this.promptView(m, audience, session, prompt);
    return renderReminder(audience.locale, {
      remaining: session.promptsTotal - session.answered,
      prompt: view,
    });
  }
}

async function promptsAsked(m: EntityManager, sessionId: number): Promise<number> {
  const [row]: Array<{ asked: number | string }> = await m.query(
    'SELECT COUNT(*) AS asked FROM session_prompts WHERE session_id = ?',
    [sessionId],
  );
  return Number(row.asked);
}
