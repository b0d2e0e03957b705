import { signal } from '@preact/signals';

export interface IssuedCode {
  code: string;
  expiresAt: string | null;
}

/**
 * Codes the server handed out in this tab (an enrolment answers them once): the invite sheet
 * prints them. Kept in memory only, never stored.
 */
export const issuedCodes = signal<ReadonlyMap<number, IssuedCode>>(new Map());

export function rememberCodes(codes: Array<{ learnerId: number } & IssuedCode>): void {
  const next = new Map(issuedCodes.value);
  for (const c of codes) next.set(c.learnerId, { code: c.code, expiresAt: c.expiresAt });
  issuedCodes.value = next;
}
