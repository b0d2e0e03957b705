import { createHmac, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read off a screen and typed on a phone. */
export const ENROLLMENT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ENROLLMENT_CODE_LENGTH = 6;
export const ENROLLMENT_CODE_DAYS = 14;

export function generateEnrollmentCode(): string {
  let code = '';
  for (let i = 0; i < ENROLLMENT_CODE_LENGTH; i++) {
    code += ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * Codes are short (about 30 bits), so a plain hash could be reversed by trying them all;
 * a keyed hash with a secret kept apart from the codes table makes a leaked table useless.
 */
export const hashEnrollmentCode = (code: string, secret: string): string =>
  createHmac('sha256', secret).update(code.toUpperCase()).digest('hex');
