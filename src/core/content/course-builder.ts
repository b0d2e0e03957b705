import type {
  CourseDef,
  LessonDef,
  Locale,
  LocalizedText,
  ModuleDef,
  QuestionDef,
  QuestionType,
} from './course-model';

/* The shapes the schema and rules have guaranteed by the time a course is built. */
type RawText = LocalizedText;
interface RawQuestion {
  id: string;
  type: QuestionType;
  prompt: RawText;
  choices?: RawText[];
  answer: string | string[] | boolean;
  explain: RawText;
}
interface RawLesson {
  id: string;
  title: RawText;
  body: RawText;
  questions: RawQuestion[];
}
interface RawCourse {
  id: string;
  title: RawText;
  summary: RawText;
  defaultLocale: Locale;
  modules: { id: string; title: RawText; lessons: string[] }[];
}

/** A course whose files have no errors, with every listed lesson found in `lessons` by id. */
export function buildCourse(course: unknown, lessons: ReadonlyMap<string, unknown>): CourseDef {
  const raw = course as RawCourse;
  const modules: ModuleDef[] = raw.modules.map((m) => ({
    id: m.id,
    title: text(m.title),
    lessonIds: [...m.lessons],
  }));
  return {
    id: raw.id,
    title: text(raw.title),
    summary: text(raw.summary),
    defaultLocale: raw.defaultLocale,
    modules,
    lessons: modules.flatMap((m) => m.lessonIds.map((id) => buildLesson(lessons.get(id)))),
  };
}

function buildLesson(lesson: unknown): LessonDef {
  const raw = lesson as RawLesson;
  return {
    id: raw.id,
    title: text(raw.title),
    body: text(raw.body),
    questions: raw.questions.map(buildQuestion),
  };
}

function buildQuestion(raw: RawQuestion): QuestionDef {
  return {
    id: raw.id,
    type: raw.type,
    prompt: text(raw.prompt),
    choices: (raw.choices ?? []).map(text),
    answer: canonicalAnswer(raw.answer),
    explain: text(raw.explain),
  };
}

/** `"B"`, `"AC"` (sorted, so `[C, A]` and `[A, C]` are the same answer), `"true"`. */
function canonicalAnswer(answer: RawQuestion['answer']): string {
  return Array.isArray(answer) ? [...answer].sort().join('') : String(answer);
}

const text = (raw: RawText): LocalizedText => ({
  ...(raw.zh !== undefined && { zh: raw.zh }),
  ...(raw.en !== undefined && { en: raw.en }),
});
