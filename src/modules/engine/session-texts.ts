import { Injectable } from '@nestjs/common';
import { Locale } from '../../core/content/course-model';
import { localize } from '../../core/messages/localized-text';
import { PromptView } from '../../core/messages/message-views';
import { renderReminder } from '../../core/messages/quiz-messages';
import type {
  CohortRecord,
  CourseRecord,
  DailySessionRecord,
  EnrollmentRecord,
  LearnerRecord,
  QuestionRecord,
  SessionPromptRecord,
} from '../../core/records';
import { CurriculumRepository } from './curriculum.repository';
import { EnrollmentPlanRepository } from './enrollment-plan.repository';
import { SessionRepository } from './session.repository';

/** Who reads a message and in which language: the learner's, else the course's default. */
export interface Audience {
  learner: LearnerRecord;
  cohort: CohortRecord;
  course: CourseRecord;
  locale: Locale;
  fallback: Locale;
}

/** Loads what the templates in core/messages need, and renders the session's messages. */
@Injectable()
export class SessionTexts {
  constructor(
    private readonly content: CurriculumRepository,
    private readonly enrollments: EnrollmentPlanRepository,
    private readonly sessions: SessionRepository,
  ) {}

  /** `known` rows the caller has already read are used instead of being read again. */
  async audience(
    enrollment: Pick<EnrollmentRecord, 'learnerId' | 'cohortId'>,
    known: { learner?: LearnerRecord; cohort?: CohortRecord; course?: CourseRecord } = {},
  ): Promise<Audience> {
    const learner = known.learner ?? (await this.enrollments.learner(enrollment.learnerId));
    const cohort = known.cohort ?? (await this.cohort(enrollment.cohortId));
    const course = known.course ?? (await this.content.course(cohort.courseId));
    const fallback = course.defaultLocale;
    const locale = learner.locale === 'zh' || learner.locale === 'en' ? learner.locale : fallback;
    return { learner, cohort, course, locale, fallback };
  }

  /**
   * The prompt as the learner sees it. `known` saves reads: its question, and how many
   * prompts the session has asked, this one included.
   */
  async promptView(
    audience: Audience,
    session: DailySessionRecord,
    prompt: Pick<SessionPromptRecord, 'questionId'>,
    known: { question?: QuestionRecord; asked?: number } = {},
  ): Promise<PromptView> {
    const question = known.question ?? (await this.content.question(prompt.questionId));
    const asked = known.asked ?? (await this.sessions.promptsAsked(session.id));
    const text = (t: QuestionRecord['prompt']) => localize(t, audience.locale, audience.fallback);
    return {
      position: asked,
      total: Math.max(session.promptsTotal, asked),
      type: question.type,
      prompt: text(question.prompt),
      choices: question.choices.map(text),
    };
  }

  async reminder(
    enrollment: EnrollmentRecord,
    session: DailySessionRecord,
    prompt: SessionPromptRecord,
  ): Promise<string> {
    const audience = await this.audience(enrollment);
    const view = await this.promptView(audience, session, prompt);
    return renderReminder(audience.locale, {
      remaining: session.promptsTotal - session.answered,
      prompt: view,
    });
  }

  private async cohort(id: number): Promise<CohortRecord> {
    const cohort = await this.enrollments.cohort(id);
    if (!cohort) throw new Error(`No cohorts row matches {"id":${id}}`);
    return cohort;
  }
}
