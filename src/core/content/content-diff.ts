import { createHash } from 'node:crypto';
import { CourseDef, LessonDef, Locale, LOCALES, LocalizedText, QuestionDef } from './course-model';

/** What a sync did, or would do, to one course, module, lesson or question. */
export type ChangeKind = 'added' | 'updated' | 'unchanged' | 'retired' | 'revived' | 'answer-changed';

/** The stored state an item is compared with; undefined when it was never stored. */
export interface StoredVersion {
  hash: string;
  /** Questions only: type, choices and answer. */
  answerHash?: string;
  retired: boolean;
}

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export const courseHash = (course: CourseDef): string =>
  sha256([course.title, course.summary, course.defaultLocale]);

export const moduleHash = (title: LocalizedText, position: number): string => sha256([title, position]);

export const lessonHash = (lesson: LessonDef, moduleKey: string, position: number): string =>
  sha256([lesson.title, lesson.body, moduleKey, position]);

export const questionTextHash = (question: QuestionDef, position: number): string =>
  sha256([question.prompt, question.explain, position]);

/** Choices are part of the answer: a reworded choice can change which one is right. */
export const questionAnswerHash = (question: QuestionDef): string =>
  sha256([question.type, question.choices, question.answer]);

/** How an item present in the files relates to what is stored. */
export function classify(stored: StoredVersion | undefined, next: Omit<StoredVersion, 'retired'>): ChangeKind {
  if (!stored) return 'added';
  if (stored.retired) return 'revived';
  if (next.answerHash !== undefined && stored.answerHash !== next.answerHash) return 'answer-changed';
  return stored.hash === next.hash ? 'unchanged' : 'updated';
}

/** Locales in which every one of the texts exists. */
export function completeLocales(texts: LocalizedText[]): Locale[] {
  return LOCALES.filter((locale) => texts.every((text) => Boolean(text[locale]?.trim())));
}

export function lessonTexts(lesson: LessonDef): LocalizedText[] {
  return [
    lesson.title,
    lesson.body,
    ...lesson.questions.flatMap((q) => [q.prompt, q.explain, ...q.choices]),
  ];
}
