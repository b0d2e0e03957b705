export type EnrollmentStatus = 'active' | 'paused' | 'withdrawn' | 'completed';

export interface EnrollmentRecord {
  id: number;
  learnerId: number;
  cohortId: number;
  status: EnrollmentStatus;
  nextSessionAt: Date | null;
  enrolledAt: Date;
  completedAt: Date | null;
  updatedAt: Date;
}
