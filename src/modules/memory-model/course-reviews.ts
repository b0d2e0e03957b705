import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FsrsRating, LoggedReview, ratingNumber } from '../../core/memory-model/review-history';
import { ReviewRating } from '../../core/srs/grade';
import { dbNumber, dbTime } from '../progress/db-values';

// A course's answers, from every cohort that takes it.
const COURSE_REVIEWS =
  'FROM review_logs r INNER JOIN enrollments e ON e.id = r.enrollment_id ' +
  'INNER JOIN cohorts c ON c.id = e.cohort_id WHERE c.course_id = ?';

/** The review log of one course, as the memory model reads it. */
@Injectable()
export class CourseReviews {
  constructor(private readonly dataSource: DataSource) {}

  /** Every review of every `stride`-th card (by card id): each card's whole history or none. */
  async read(courseId: string, stride = 1): Promise<LoggedReview[]> {
    const sample = stride > 1 ? ' AND r.card_id % ? = 0' : '';
    const rows: Array<{ card_id: unknown; rating: ReviewRating; reviewed_at: unknown }> =
      await this.dataSource.query(
        `SELECT r.card_id, r.rating, r.reviewed_at ${COURSE_REVIEWS}${sample} ORDER BY r.id`,
        stride > 1 ? [courseId, stride] : [courseId],
      );
    return rows.map((row) => ({
      cardId: dbNumber(row.card_id),
      rating: ratingNumber(row.rating) satisfies FsrsRating,
      reviewedAt: dbTime(row.reviewed_at)!,
    }));
  }

  /** Cards of the course answered at least once. */
  async answeredCards(courseId: string): Promise<number> {
    const [row]: Array<{ n: unknown }> = await this.dataSource.query(
      `SELECT COUNT(DISTINCT r.card_id) AS n ${COURSE_REVIEWS}`,
      [courseId],
    );
    return dbNumber(row?.n);
  }

  async count(courseId: string): Promise<number> {
    const [row]: Array<{ n: unknown }> = await this.dataSource.query(
      `SELECT COUNT(*) AS n ${COURSE_REVIEWS}`,
      [courseId],
    );
    return dbNumber(row?.n);
  }
}
