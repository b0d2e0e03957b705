import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { FsrsRating, LoggedReview, ratingNumber } from '../../../core/memory-model/review-history';
import { ReviewRating } from '../../../core/srs/grade';
import { CourseReviewRepository } from '../../../modules/memory-model/course-review.repository';
import { dbNumber, dbTime } from '../../../modules/progress/db-values';
import { Database } from '../database';
import { CourseEntity } from '../entities';

// A course's answers, from every cohort that takes it.
const COURSE_REVIEWS =
  'FROM review_logs r INNER JOIN enrollments e ON e.id = r.enrollment_id ' +
  'INNER JOIN cohorts c ON c.id = e.cohort_id WHERE c.course_id = ?';

@Injectable()
export class SqlCourseReviewRepository extends CourseReviewRepository {
  constructor(private readonly db: Database) {
    super();
  }

  read(courseId: string, stride = 1): Promise<LoggedReview[]> {
    const sample = stride > 1 ? ' AND r.card_id % ? = 0' : '';
    return this.db.withManager(async (m) => {
      const rows: Array<{ card_id: unknown; rating: ReviewRating; reviewed_at: unknown }> =
        await m.query(
          `SELECT r.card_id, r.rating, r.reviewed_at ${COURSE_REVIEWS}${sample} ORDER BY r.id`,
          stride > 1 ? [courseId, stride] : [courseId],
        );
      return rows.map((row) => ({
        cardId: dbNumber(row.card_id),
        rating: ratingNumber(row.rating) satisfies FsrsRating,
        reviewedAt: dbTime(row.reviewed_at)!,
      }));
    });
  }

  answeredCards(courseId: string): Promise<number> {
    return this.scalar(`SELECT COUNT(DISTINCT r.card_id) AS n ${COURSE_REVIEWS}`, courseId);
  }

  count(courseId: string): Promise<number> {
    return this.scalar(`SELECT COUNT(*) AS n ${COURSE_REVIEWS}`, courseId);
  }

  courseExists(courseId: string): Promise<boolean> {
    return this.db.withManager((m) => m.getRepository(CourseEntity).existsBy({ id: courseId }));
  }

  liveCourseIds(): Promise<string[]> {
    return this.db.withManager(async (m) => {
      const courses = await m.getRepository(CourseEntity).find({
        select: { id: true },
        where: { retiredAt: IsNull() },
        order: { id: 'ASC' },
      });
      return courses.map((course) => course.id);
    });
  }

  private scalar(sql: string, courseId: string): Promise<number> {
    return this.db.withManager(async (m) => {
      const [row]: Array<{ n: unknown }> = await m.query(sql, [courseId]);
      return dbNumber(row?.n);
    });
  }
}
