import { LOCALES, type Locale, type LocalizedText } from '../content/course-model';

const present = (text: string | undefined): text is string =>
  text !== undefined && text.trim() !== '';

/** The learner's locale, else the course's default, else any text there is (else ''). */
export function localize(text: LocalizedText, locale: Locale, fallback: Locale): string {
  const candidates = [locale, fallback, ...LOCALES].map((l) => text[l]);
  return candidates.find(present) ?? '';
}
