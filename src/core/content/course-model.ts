/** Courses as the validator produces them and the sync stores them (SPEC §1). */

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text per locale; a locale may be missing (the course's defaultLocale never is, once valid). */
export type LocalizedText = Partial<Record<Locale, string>>;

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionDef {
  /** Unique within its lesson; the global id is `<course>/<lesson>/<question>`. */
  id: string;
  type: QuestionType;
  prompt: LocalizedText;
  /** In letter order A, B, C...; empty for truefalse. */
  choices: LocalizedText[];
  /**
   * Canonical answer: single `"B"`; multiple the letters sorted, `"AC"`;
   * truefalse `"true"` or `"false"`.
   */
  answer: string;
  explain: LocalizedText;
}

export interface LessonDef {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  questions: QuestionDef[];
}

export interface ModuleDef {
  id: string;
  title: LocalizedText;
  /** Curriculum order within the module. */
  lessonIds: string[];
}

export interface CourseDef {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  defaultLocale: Locale;
  modules: ModuleDef[];
  /** Every lesson, in curriculum order (modules in order, lessons as listed). */
  lessons: LessonDef[];
}

/** One problem found in the content files, with its position in the YAML source (1-based). */
export interface ContentProblem {
  /** The file's path as the caller named it (relative to the content root's parent, e.g. `content/x/course.yaml`). */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A content file as read from disk: its path and raw text (a BOM and CRLF line endings allowed). */
export interface ContentFile {
  path: string;
  text: string;
}

export interface ContentLoadResult {
  /** Only the courses with no errors. */
  courses: CourseDef[];
  problems: ContentProblem[];
}

/** `path:line:column severity: message`, the form editors and terminals link. */
export const formatProblem = (p: ContentProblem): string =>
  `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`;

export const questionKey = (courseId: string, lessonId: string, questionId: string): string =>
  `${courseId}/${lessonId}/${questionId}`;
