import type { LoggedReview } from '../../core/memory-model/review-history';

/**
 * Port: a course's review log, from every cohort that takes it, as the memory model reads it;
 * and the courses there are to fit. Also the Nest injection token.
 */
export abstract class CourseReviewRepository {
  /** Every review of every `stride`-th card (by card id): each card's whole history or none. */
  abstract read(courseId: string, stride?: number): Promise<LoggedReview[]>;

  /** Cards of the course answered at least once. */
  abstract answeredCards(courseId: string): Promise<number>;

  abstract count(courseId: string): Promise<number>;

  abstract courseExists(courseId: string): Promise<boolean>;

  /** The courses not retired, by id. */
  abstract liveCourseIds(): Promise<string[]>;
}
