import type { CohortSettings } from '../enrollment/cohort-settings';

export const COHORT_STATUSES = ['active', 'paused', 'archived'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** A cohort's row: its settings, with what the database adds. */
export interface CohortRecord extends CohortSettings {
  id: number;
  status: CohortStatus;
  createdAt: Date;
  updatedAt: Date;
}
