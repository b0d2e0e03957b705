import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';

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

const sealKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update('enrollment-code-seal').digest();

/**
 * The code encrypted (AES-256-GCM) under a key derived from the same secret, so HR can print
 * an invite sheet again or re-send a file and get the codes still working. Like the hash,
 * it is useless to whoever holds the codes table without the secret.
 */
export function sealEnrollmentCode(code: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed code, or null when it was sealed under another secret or altered. */
export function openEnrollmentCode(sealed: string, secret: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
