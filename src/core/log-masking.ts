/**
 * Logs must not identify a person. WeChat ids, contact ids and tokens look like long runs of
 * letters and digits ("wxid_abc123…", "@0f3a…", "insecure_1b2c…"); puppet errors quote them.
 */
const ID_LIKE = /@?[A-Za-z0-9_-]{10,}/g;

const looksLikeId = (token: string): boolean =>
  token.startsWith('@') || token.startsWith('wxid_') || /\d/.test(token);

/** The text with every id-like token cut to its first two characters. */
export function maskIds(text: string): string {
  return text.replace(ID_LIKE, (token) => (looksLikeId(token) ? `${token.slice(0, 2)}…` : token));
}

/** A display name reduced to its first character: enough to tell two accounts apart. */
export function maskName(name: string): string {
  const first = [...name.trim()][0];
  return first === undefined ? '?' : `${first}***`;
}

/** An error as one masked line for the log. */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return maskIds(text.split('\n')[0].slice(0, 300));
}
