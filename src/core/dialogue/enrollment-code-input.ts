import { ENROLLMENT_CODE_ALPHABET, ENROLLMENT_CODE_LENGTH } from '../enrollment/enrollment-code';

// The generator owns the alphabet; the parser re-exports it so both can never drift apart.
export { ENROLLMENT_CODE_ALPHABET };

/** Spaces and dashes people put in to read a code in two halves ("ABC 234", "abc-234"). */
const CODE_GAPS = /[\s\-\u2010-\u2015_]/g;

/** Room for a code with a gap between every character, and no more. */
const MAX_TYPED_CODE_CHARS = 2 * ENROLLMENT_CODE_LENGTH + 10;

/** Whether `s` is a code exactly as issued: six characters of the alphabet, upper case. */
export function isEnrollmentCode(s: string): boolean {
  return (
    s.length === ENROLLMENT_CODE_LENGTH && [...s].every((c) => ENROLLMENT_CODE_ALPHABET.includes(c))
  );
}

/** The code a learner typed, as issued, or null when it cannot be one ("abc 234" -> "ABC234"). */
export function toEnrollmentCode(typed: string): string | null {
  if (typed.length > MAX_TYPED_CODE_CHARS) return null;
  const code = typed.replace(CODE_GAPS, '').toUpperCase();
  return isEnrollmentCode(code) ? code : null;
}
