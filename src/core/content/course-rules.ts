import { duplicateIds } from './duplicate-ids';
import { error, Finding, formatPath, NodePath } from './node-path';
import { isId, isRecord } from './plain-data';

export interface ListedLesson {
  id: string;
  path: NodePath;
}

/** The rules course.yaml must meet on its own; `folder` is the course folder's name. */
export function checkCourse(course: unknown, folder: string): Finding[] {
  if (!isRecord(course)) return [];
  return [...checkFolderName(course.id, folder), ...duplicateIds(course, 'modules', 'module'), ...listedTwice(course)];
}

function checkFolderName(id: unknown, folder: string): Finding[] {
  if (!isId(id) || id === folder) return [];
  return [error(['id'], `course id "${id}" differs from its folder name "${folder}"; they must be equal`)];
}

function listedTwice(course: Record<string, unknown>): Finding[] {
  const firstPath = new Map<string, string>();
  return (listedLessons(course) ?? []).flatMap(({ id, path }) => {
    const first = firstPath.get(id);
    if (first === undefined) {
      firstPath.set(id, formatPath(path));
      return [];
    }
    return [error(path, `lesson "${id}" is listed twice (first at ${first})`)];
  });
}

/**
 * Every well-formed lesson id the modules list, in curriculum order; undefined when a
 * module's list is unreadable, so that no lesson is wrongly called unlisted.
 */
export function listedLessons(course: unknown): ListedLesson[] | undefined {
  if (!isRecord(course) || !Array.isArray(course.modules)) return undefined;
  const listed: ListedLesson[] = [];
  for (const [m, module] of course.modules.entries()) {
    if (!isRecord(module) || !Array.isArray(module.lessons)) return undefined;
    module.lessons.forEach((id: unknown, i) => {
      if (isId(id)) listed.push({ id, path: ['modules', m, 'lessons', i] });
    });
  }
  return listed;
}
