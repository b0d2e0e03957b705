export type PromptStatus = 'open' | 'answered' | 'expired';
export type PromptKind = 'new' | 'review' | 'extra';

/** A question put to a learner; at most one is open per enrollment at a time. */
export interface SessionPromptRecord {
  id: number;
  sessionId: number;
  enrollmentId: number;
  questionId: number;
  kind: PromptKind;
  status: PromptStatus;
  sentAt: Date;
  closedAt: Date | null;
}
