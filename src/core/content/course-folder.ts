import { buildCourse } from './course-builder';
import type { ContentFile, ContentProblem, CourseDef, Locale } from './course-model';
import type { CourseFolder } from './content-layout';
import { checkCourse, listedLessons } from './course-rules';
import { checkLesson } from './lesson-rules';
import { checkLocales, courseTexts, lessonTexts } from './locale-rules';
import { error, Finding } from './node-path';
import { isId, isRecord, trimTexts } from './plain-data';
import type { SchemaCheck } from './schema-check';
import { YamlSource } from './yaml-source';

/** One file with the findings of every rule about it so far. */
export interface CheckedFile {
  source: YamlSource;
  /** The file's data with its texts trimmed; undefined when the YAML is broken. */
  data: unknown;
  findings: Finding[];
}

interface CheckedLesson extends CheckedFile {
  /** The file name without extension: what course.yaml lists, and the lesson id once valid. */
  stem: string;
}

export interface CheckedFolder {
  folder: CourseFolder;
  course?: CheckedFile;
  lessons: CheckedLesson[];
}

/** Every rule that concerns one course folder: each file alone, then the files together. */
export function checkFolder(
  folder: CourseFolder,
  checks: { course: SchemaCheck; lesson: SchemaCheck },
): CheckedFolder {
  const course = folder.courseFile && checkFile(folder.courseFile, checks.course);
  course?.findings.push(...checkCourse(course.data, folder.name));
  const lessons = folder.lessonFiles.map(({ file, stem }): CheckedLesson => {
    const lesson = checkFile(file, checks.lesson);
    lesson.findings.push(...checkLesson(lesson.data, stem));
    return { ...lesson, stem };
  });
  const locale = defaultLocaleOf(course?.data);
  if (course && locale) {
    course.findings.push(...checkLocales(courseTexts(course.data), locale));
    lessons.forEach((l) => l.findings.push(...checkLocales(lessonTexts(l.data), locale)));
  }
  checkListing(course, lessons);
  return { folder, course, lessons };
}

function checkFile(file: ContentFile, schemaCheck: SchemaCheck): CheckedFile {
  const source = YamlSource.parse(file);
  if (source.data === undefined) return { source, data: undefined, findings: [] };
  const data = trimTexts(source.data);
  return { source, data, findings: schemaCheck(data) };
}

const defaultLocaleOf = (course: unknown): Locale | undefined =>
  isRecord(course) && (course.defaultLocale === 'zh' || course.defaultLocale === 'en')
    ? course.defaultLocale
    : undefined;

function checkListing(course: CheckedFile | undefined, lessons: CheckedLesson[]): void {
  duplicateLessonIds(lessons);
  const listed = course && listedLessons(course.data);
  if (!course || !listed) return;
  const files = new Set(lessons.map(({ stem }) => stem));
  for (const { id, path } of listed.filter(({ id }) => !files.has(id))) {
    course.findings.push(error(path, `lesson "${id}" is listed but there is no lessons/${id}.yaml`));
  }
  const listedIds = new Set(listed.map(({ id }) => id));
  for (const lesson of lessons.filter(({ stem }) => !listedIds.has(stem))) {
    const message = `lesson "${lesson.stem}" is not listed in any module of course.yaml`;
    lesson.findings.push(error(['id'], message));
  }
}

function duplicateLessonIds(lessons: CheckedLesson[]): void {
  const first = new Map<string, string>();
  for (const { source, data, findings } of lessons) {
    const id = isRecord(data) && isId(data.id) ? data.id : undefined;
    if (id === undefined) continue;
    const firstFile = first.get(id);
    if (firstFile === undefined) first.set(id, source.file);
    else findings.push(error(['id'], `duplicate lesson id "${id}" (first in ${firstFile})`));
  }
}

export function folderProblems({ folder, course, lessons }: CheckedFolder): ContentProblem[] {
  const files = course ? [course, ...lessons] : lessons;
  const problems = files.flatMap(({ source, findings }) => [
    ...source.problems,
    ...findings.map((f) => source.problem(f)),
  ]);
  if (course) return problems;
  const missing: ContentProblem = {
    file: `${folder.dir}/course.yaml`,
    line: 1,
    column: 1,
    severity: 'error',
    message: 'course.yaml is missing; a course folder with lessons needs one',
  };
  return [missing, ...problems];
}

/** The course, for a folder whose problems (from folderProblems) include no error. */
export function folderCourse({ course, lessons }: CheckedFolder): CourseDef | undefined {
  if (!course) return undefined;
  const lessonData = new Map(lessons.map((l) => [l.stem, l.data]));
  return buildCourse(course.data, lessonData);
}
