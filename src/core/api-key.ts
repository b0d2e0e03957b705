import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `sck_<keyId>_<secret>`. The key id finds the row; the secret is
 * stored only as a SHA-256 hash. A plain hash suffices because secrets are
 * 256 random bits, not passwords.
 */
const PATTERN = /^sck_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyParts {
  keyId: string;
  secret: string;
}

export function generateApiKey(): ApiKeyParts & { key: string } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, key: `sck_${keyId}_${secret}` };
}

export function parseApiKey(raw: string): ApiKeyParts | null {
  const match = PATTERN.exec(raw);
  return match ? { keyId: match[1], secret: match[2] } : null;
}

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
