export type SessionStatus = 'open' | 'done' | 'expired';

/** The day's plan as stored: lessons to introduce and questions still to ask, in order. */
export interface SessionQueue {
  lessonIds: number[];
  questionIds: number[];
}

export interface DailySessionRecord {
  id: number;
  enrollmentId: number;
  localDate: string;
  status: SessionStatus;
  startedAt: Date;
  expiresAt: Date;
  reminderAt: Date | null;
  queue: SessionQueue;
  promptsTotal: number;
  answered: number;
  correct: number;
}
