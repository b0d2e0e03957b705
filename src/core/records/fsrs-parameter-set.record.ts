export type ParameterSetStatus = 'current' | 'superseded' | 'rejected';

/** One FSRS fit of a course's review log, with how it and the defaults did on the hold-out. */
export interface FsrsParameterSetRecord {
  id: number;
  courseId: string;
  version: number;
  status: ParameterSetStatus;
  parameters: number[];
  fittedAt: Date;
  reviewsRead: number;
  trainingReviews: number;
  holdOutReviews: number;
  holdOutStart: Date;
  defaultLogLoss: number;
  defaultRmse: number;
  baselineVersion: number | null;
  baselineLogLoss: number;
  fittedLogLoss: number;
  fittedRmse: number;
}
