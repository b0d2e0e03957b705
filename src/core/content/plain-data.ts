import { LOCALES } from './course-model';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A well-formed id; other values were already reported by the schema. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value);

const isLocaleKey = (key: string): boolean => (LOCALES as readonly string[]).includes(key);

/**
 * Drops the trailing newlines and spaces that YAML block scalars (`|`, `>`) keep, so a
 * WeChat message does not end in blank lines and lengths count what learners see.
 * Inner newlines stay: bodies are multi-paragraph messages.
 */
export function trimTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(trimTexts);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      isLocaleKey(key) && typeof inner === 'string' ? inner.trimEnd() : trimTexts(inner),
    ]),
  );
}

/** `[...text].length`: code points, so an emoji or a rare Chinese character counts once. */
export const characterCount = (text: string): number => [...text].length;
