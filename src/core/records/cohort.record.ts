export const COHORT_STATUSES = ['active', 'paused', 'archived'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export interface CohortRecord {
  id: number;
  name: string;
  courseId: string;
  startDate: string;
  timezone: string;
  deliveryTime: string;
  workdays: number[];
  newLessonsPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  reminderAfterHours: number;
  quietHoursStart: string;
  quietHoursEnd: string;
  masteryDays: number;
  holidayCalendar: string | null;
  status: CohortStatus;
  createdAt: Date;
  updatedAt: Date;
}
