import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock';
import { questionKey } from '../../core/content/course-model';
import { CohortService } from '../enrollment/cohort.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { CohortScopes } from './cohort-scope';
import { dbNumber, dbTime } from './db-values';
import { EnrollmentProgress, LearnerProgressResponse, RecentReview } from './dto/progress.response';
import { ProgressReader } from './progress-reader';
import { ProgressRows } from './progress-rows';

const RECENT_REVIEWS = 20;

/** One learner's progress in each of their cohorts, with their latest answers. */
@Injectable()
export class LearnerProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly learners: EnrollmentService,
    private readonly cohorts: CohortService,
    private readonly scopes: CohortScopes,
    private readonly reader: ProgressReader,
    private readonly rows: ProgressRows,
  ) {}

  async report(learnerId: number): Promise<LearnerProgressResponse> {
    const learner = await this.learners.liveLearner(learnerId);
    const now = this.clock.now();
    const enrollments: EnrollmentProgress[] = [];
    for (const facts of await this.reader.learnerFacts(learnerId)) {
      const cohort = await this.cohorts.get(facts.cohortId);
      const rows = await this.rows.rows(await this.scopes.of(cohort, now), [facts]);
      enrollments.push({
        ...rows[0],
        cohortId: cohort.id,
        cohortName: cohort.name,
        recentReviews: await this.recentReviews(facts.enrollmentId),
      });
    }
    return {
      learnerId,
      externalId: learner.externalId!,
      name: learner.name!,
      generatedAt: now,
      enrollments,
    };
  }

  private async recentReviews(enrollmentId: number): Promise<RecentReview[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('r.reviewed_at', 'reviewedAt')
      .addSelect('r.grade', 'grade')
      .addSelect('r.chosen', 'chosen')
      .addSelect('r.first_try', 'firstTry')
      .addSelect('r.latency_ms', 'latencyMs')
      .addSelect('q.answer', 'correctAnswer')
      .addSelect('q.question_key', 'questionKey')
      .addSelect('ls.lesson_key', 'lessonKey')
      .addSelect('ls.course_id', 'courseId')
      .from('review_logs', 'r')
      .innerJoin('questions', 'q', 'q.id = r.question_id')
      .innerJoin('lessons', 'ls', 'ls.id = q.lesson_id')
      .where('r.enrollment_id = :enrollmentId', { enrollmentId })
      .orderBy('r.reviewed_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(RECENT_REVIEWS)
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      reviewedAt: dbTime(r.reviewedAt)!,
      questionId: questionKey(String(r.courseId), String(r.lessonKey), String(r.questionKey)),
      grade: String(r.grade),
      chosen: String(r.chosen),
      correctAnswer: String(r.correctAnswer),
      firstTry: dbNumber(r.firstTry) === 1,
      latencyMs: dbNumber(r.latencyMs),
    }));
  }
}
