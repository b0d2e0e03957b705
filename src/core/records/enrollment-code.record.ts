/** One-time join codes: a keyed hash and a sealed copy, so a leaked table alone reveals no code. */
export interface EnrollmentCodeRecord {
  id: number;
  learnerId: number;
  codeHash: string;
  codeSealed: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}
