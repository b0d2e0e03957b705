import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CohortScope, excluding } from './cohort-scope';
import { dbNumber } from './db-values';
import { AnswerTotals, CardTotals, selectCardTotals, toCardTotals } from './progress-reader';

export interface CohortSums extends AnswerTotals {
  lessonsDelivered: number;
  cards: CardTotals;
}

/**
 * Cohort-wide sums in three aggregate queries, so the totals of 10,000 learners never need
 * their rows; answers are counted on an index that covers them (AddProgressIndexes).
 */
@Injectable()
export class CohortTotalsReader {
  constructor(private readonly dataSource: DataSource) {}

  async sums(scope: CohortScope): Promise<CohortSums> {
    const cohortId = scope.cohort.id;
    const [answers, lessons, cards] = await Promise.all([
      this.inCohort('review_logs', 'r', cohortId)
        .select('COUNT(*)', 'answers')
        .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
        .getRawOne<Record<string, unknown>>(),
      excluding(
        this.inCohort('enrollment_lessons', 'el', cohortId),
        'el.lesson_id',
        scope.retiredLessonIds,
      )
        .select('COUNT(*)', 'lessons')
        .getRawOne<Record<string, unknown>>(),
      selectCardTotals(this.inCohort('cards', 'c', cohortId), scope).getRawOne<
        Record<string, unknown>
      >(),
    ]);
    return {
      answers: dbNumber(answers?.answers),
      correct: dbNumber(answers?.correct),
      lessonsDelivered: dbNumber(lessons?.lessons),
      cards: toCardTotals(cards ?? {}),
    };
  }

  /** Rows of `table` belonging to the cohort's live (not erased) learners. */
  private inCohort(table: string, alias: string, cohortId: number) {
    return this.dataSource
      .createQueryBuilder()
      .from(table, alias)
      .innerJoin('enrollments', 'e', `e.id = ${alias}.enrollment_id`)
      .innerJoin('learners', 'l', 'l.id = e.learner_id AND l.erased_at IS NULL')
      .where('e.cohort_id = :cohortId', { cohortId });
  }
}
