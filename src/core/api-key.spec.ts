import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key';

describe('api keys', () => {
  it('a generated key parses back to its id and secret', () => {
    const { key, keyId, secret } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ keyId, secret });
  });

  it('two generated keys never share an id or secret', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.keyId).not.toBe(b.keyId);
    expect(a.secret).not.toBe(b.secret);
  });

  it.each(['', 'sck_', 'Bearer x', 'sck_zzzzzzzzzzzz_' + 'a'.repeat(43), 'sck_0123456789ab_short'])(
    'rejects the malformed key %j',
    (raw) => expect(parseApiKey(raw)).toBeNull(),
  );

  it('matches only the secret that was hashed', () => {
    const { secret } = generateApiKey();
    const stored = hashSecret(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(secret + 'x', stored)).toBe(false);
    expect(secretMatches(secret, 'not-hex')).toBe(false);
  });
});
