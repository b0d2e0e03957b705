import type { EnrollmentCodeRecord } from '../../core/records';

export type NewEnrollmentCode = Pick<
  EnrollmentCodeRecord,
  'learnerId' | 'codeHash' | 'codeSealed' | 'expiresAt' | 'createdAt'
>;

/** One-time join codes, found by their keyed hash. */
export abstract class EnrollmentCodeRepository {
  abstract findByHash(codeHash: string): Promise<EnrollmentCodeRecord | null>;
  /** Which of these hashes a stored code has. */
  abstract takenHashes(codeHashes: string[]): Promise<Set<string>>;
  /** Inserted in multi-row statements. */
  abstract insertMany(codes: NewEnrollmentCode[]): Promise<void>;
  abstract markUsed(id: number, now: Date): Promise<void>;
  /** Every code of these learners neither used nor revoked stops working. */
  abstract revokeUnused(learnerIds: number[], now: Date): Promise<void>;
  /** Codes of these learners neither used nor revoked that expire after `now`, oldest first. */
  abstract live(learnerIds: number[], now: Date): Promise<EnrollmentCodeRecord[]>;
}
