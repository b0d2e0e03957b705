import type { ContentProblem } from './course-model';

/** Where a value sits in a parsed file: keys and list indexes from the root. */
export type NodePath = readonly (string | number)[];

/**
 * A problem found in one file's data, before it has a line and column. `anchor: 'key'`
 * points at the field name instead of its value (an unknown field, a misplaced one).
 */
export interface Finding {
  path: NodePath;
  message: string;
  severity: ContentProblem['severity'];
  anchor?: 'key';
}

export const error = (path: NodePath, message: string, anchor?: 'key'): Finding => ({
  path,
  message,
  severity: 'error',
  anchor,
});

export const warning = (path: NodePath, message: string): Finding => ({
  path,
  message,
  severity: 'warning',
});

/** `questions[2].choices[0].en`: how a trainer would point at a field. */
export function formatPath(path: NodePath): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** Turns an ajv instancePath (`/questions/2/type`) into a path, with list indexes as numbers. */
export function pointerToPath(pointer: string, data: unknown): NodePath {
  const path: (string | number)[] = [];
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(current) ? Number(segment) : segment;
    path.push(key);
    current = (current as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}
