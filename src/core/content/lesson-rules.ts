import { checkAnswers } from './answer-rules';
import { duplicateIds } from './duplicate-ids';
import { error, Finding } from './node-path';
import { isId, isRecord } from './plain-data';

/** The rules one lesson file must meet on its own; `stem` is its file name without extension. */
export function checkLesson(lesson: unknown, stem: string): Finding[] {
  if (!isRecord(lesson)) return [];
  return [
    ...checkFileName(lesson.id, stem),
    ...duplicateIds(lesson, 'questions', 'question'),
    ...checkAnswers(lesson),
  ];
}

function checkFileName(id: unknown, stem: string): Finding[] {
  if (!isId(id) || id === stem) return [];
  return [
    error(['id'], `lesson id "${id}" differs from its file name "${stem}"; they must be equal`),
  ];
}
