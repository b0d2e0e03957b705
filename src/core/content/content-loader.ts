import type { ContentFile, ContentLoadResult, ContentProblem } from './course-model';
import { layoutContent } from './content-layout';
import { CheckedFolder, checkFolder, folderCourse, folderProblems } from './course-folder';
import { error } from './node-path';
import { isId, isRecord } from './plain-data';
import { compileSchemas, ContentSchemas } from './schema-check';

/**
 * Validates a content root's files all at once and builds the courses that have no
 * errors. `files` are the course folders' YAML files, named by any path that ends in
 * `<course-id>/course.yaml` or `<course-id>/lessons/<lesson-id>.yaml`.
 */
export function loadContent(files: ContentFile[], schemas: ContentSchemas): ContentLoadResult {
  const checks = compileSchemas(schemas);
  const { folders, strays } = layoutContent(files);
  const checked = folders.map((folder) => checkFolder(folder, checks));
  duplicateCourseIds(checked);
  const problems = strays.map(strayProblem);
  const courses = checked.flatMap((folder) => {
    const found = folderProblems(folder);
    problems.push(...found);
    if (found.some((p) => p.severity === 'error')) return [];
    return folderCourse(folder) ?? [];
  });
  return { courses, problems: problems.sort(byPosition) };
}

function duplicateCourseIds(folders: CheckedFolder[]): void {
  const firstFile = new Map<string, string>();
  for (const { course } of folders) {
    const data = course?.data;
    if (!course || !isRecord(data) || !isId(data.id)) continue;
    const first = firstFile.get(data.id);
    if (first === undefined) firstFile.set(data.id, course.source.file);
    else course.findings.push(error(['id'], `duplicate course id "${data.id}" (first in ${first})`));
  }
}

const strayProblem = (file: ContentFile): ContentProblem => ({
  file: file.path,
  line: 1,
  column: 1,
  severity: 'warning',
  message: 'ignored: a course folder holds course.yaml and lessons/<lesson-id>.yaml only',
});

const byPosition = (a: ContentProblem, b: ContentProblem): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
