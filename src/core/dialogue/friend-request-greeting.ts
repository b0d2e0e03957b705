import { ENROLLMENT_CODE_LENGTH } from '../enrollment/enrollment-code';
import { toEnrollmentCode } from './enrollment-code-input';
import { normalizeReply } from './normalize-reply';

/** WeChat caps a friend request's greeting well below this; longer text is read no further. */
const MAX_GREETING_CHARS = 200;

/** A typo-tolerant lookup per candidate is cheap, but a greeting is no place for a list. */
const MAX_CANDIDATES = 3;

/** Runs of Latin letters and digits, with the gaps people put inside a code ("ABC 234"). */
const WORDS = /[a-z0-9]+(?:[\s\-_][a-z0-9]+)*/gi;

/**
 * The enrolment codes a friend request's greeting may hold. WeChat pre-fills the greeting
 * ("我是王丽") and the learner adds the code anywhere in it, so unlike a chat message a
 * code inside a sentence counts here. Words such as "thanks" are made of the code alphabet
 * too, and only a lookup tells a real code, so every candidate comes back, those with a
 * digit (as most codes have) first.
 */
export function codesInGreeting(greeting: string): string[] {
  const text = normalizeReply(greeting.slice(0, MAX_GREETING_CHARS));
  const candidates = new Set<string>();
  for (const run of text.match(WORDS) ?? []) {
    for (const code of readings(run)) if (code) candidates.add(code);
  }
  const hasDigit = (code: string) => /\d/.test(code);
  return [...candidates]
    .sort((a, b) => Number(hasDigit(b)) - Number(hasDigit(a)))
    .slice(0, MAX_CANDIDATES);
}

/** The run as one code, else each word and each pair of halves ("join K7P 4QX"). */
function readings(run: string): Array<string | null> {
  const whole = toEnrollmentCode(run);
  if (whole) return [whole];
  const words = run.split(/[\s\-_]/);
  const half = ENROLLMENT_CODE_LENGTH / 2;
  const pairs = words
    .slice(1)
    .map((word, i) => [words[i], word])
    .filter(([a, b]) => a.length === half && b.length === half)
    .map(([a, b]) => a + b);
  return [...words, ...pairs].map(toEnrollmentCode);
}
