import { Locale, LOCALES } from './course-model';
import { error, Finding, formatPath, NodePath, warning } from './node-path';
import { isRecord } from './plain-data';

interface TextAt {
  path: NodePath;
  value: unknown;
}

/**
 * A text without the course's default locale has nothing to fall back on; a text without
 * another locale falls back to the default, which learners notice, hence a warning.
 * Texts with no locale at all are the schema's to report.
 */
export function checkLocales(texts: TextAt[], defaultLocale: Locale): Finding[] {
  return texts.flatMap(({ path, value }) => {
    if (!isRecord(value) || !LOCALES.some((l) => l in value)) return [];
    return LOCALES.filter((locale) => !(locale in value)).map((locale) => {
      const name = formatPath(path);
      return locale === defaultLocale
        ? error(path, `${name} has no ${locale} text; ${locale} is the course's defaultLocale`)
        : warning(
            path,
            `${name} has no ${locale} text; learners reading ${locale} will see ${defaultLocale}`,
          );
    });
  });
}

const at = (path: NodePath, value: unknown): TextAt => ({ path, value });

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

export function courseTexts(course: unknown): TextAt[] {
  return [
    at(['title'], field(course, 'title')),
    at(['summary'], field(course, 'summary')),
    ...list(field(course, 'modules')).map((m, i) => at(['modules', i, 'title'], field(m, 'title'))),
  ];
}

export function lessonTexts(lesson: unknown): TextAt[] {
  return [
    at(['title'], field(lesson, 'title')),
    at(['body'], field(lesson, 'body')),
    ...list(field(lesson, 'questions')).flatMap((q, i) => [
      at(['questions', i, 'prompt'], field(q, 'prompt')),
      ...list(field(q, 'choices')).map((c, j) => at(['questions', i, 'choices', j], c)),
      at(['questions', i, 'explain'], field(q, 'explain')),
    ]),
  ];
}
