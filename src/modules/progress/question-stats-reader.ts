import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForgettingCurve, ratio } from '../../core/progress/recall';
import { dbNumber } from './db-values';
import { recallParameters, recallSql } from './recall-sql';

export interface AnswerCounts {
  answers: number;
  correct: number;
  firstTries: number;
  firstTryCorrect: number;
}

export interface ChoiceCount {
  answer: string;
  count: number;
}

/**
 * Per-question aggregates over a cohort's whole history, erased learners included: their
 * answers are anonymous statistics now. Every figure is grouped by the database.
 */
@Injectable()
export class QuestionStatsReader {
  constructor(private readonly dataSource: DataSource) {}

  async timesSent(cohortId: number): Promise<Map<number, number>> {
    const rows = await this.inCohort('session_prompts', 'p', cohortId)
      .select('p.question_id', 'id')
      .addSelect('COUNT(*)', 'sent')
      .groupBy('p.question_id')
      .getRawMany<{ id: number; sent: number }>();
    return new Map(rows.map((r) => [dbNumber(r.id), dbNumber(r.sent)]));
  }

  async answers(cohortId: number): Promise<Map<number, AnswerCounts>> {
    const rows = await this.inCohort('review_logs', 'r', cohortId)
      .select('r.question_id', 'id')
      .addSelect('COUNT(*)', 'answers')
      .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
      .addSelect('SUM(r.first_try)', 'firstTries')
      .addSelect(
        "SUM(CASE WHEN r.first_try = 1 AND r.grade = 'right' THEN 1 ELSE 0 END)",
        'firstTryCorrect',
      )
      .groupBy('r.question_id')
      .getRawMany<Record<keyof AnswerCounts | 'id', number>>();
    return new Map(
      rows.map((r) => [
        dbNumber(r.id),
        {
          answers: dbNumber(r.answers),
          correct: dbNumber(r.correct),
          firstTries: dbNumber(r.firstTries),
          firstTryCorrect: dbNumber(r.firstTryCorrect),
        },
      ]),
    );
  }

  /** The wrong (or partly right) answer chosen most often per question; ties go to the first letter. */
  async mostChosenWrong(cohortId: number): Promise<Map<number, ChoiceCount>> {
    const rows = await this.inCohort('review_logs', 'r', cohortId)
      .select('r.question_id', 'id')
      .addSelect('r.chosen', 'answer')
      .addSelect('COUNT(*)', 'count')
      .andWhere("r.grade <> 'right'")
      .groupBy('r.question_id')
      .addGroupBy('r.chosen')
      .getRawMany<{ id: number; answer: string; count: number }>();
    const best = new Map<number, ChoiceCount>();
    for (const row of rows) {
      const id = dbNumber(row.id);
      const candidate = { answer: String(row.answer), count: dbNumber(row.count) };
      const known = best.get(id);
      const wins =
        !known ||
        candidate.count > known.count ||
        (candidate.count === known.count && candidate.answer < known.answer);
      if (wins) best.set(id, candidate);
    }
    return best;
  }

  /** Mean recall now per question, over the cohort's cards of it. */
  async recall(
    cohortId: number,
    now: Date,
    curve: ForgettingCurve,
  ): Promise<Map<number, number | null>> {
    const rows = await this.inCohort('cards', 'c', cohortId)
      .select('c.question_id', 'id')
      .addSelect('COUNT(*)', 'cards')
      .addSelect(`SUM(${recallSql(this.dataSource, 'c')})`, 'recall')
      .setParameters(recallParameters(now, curve))
      .groupBy('c.question_id')
      .getRawMany<{ id: number; cards: number; recall: number }>();
    return new Map(rows.map((r) => [dbNumber(r.id), ratio(dbNumber(r.recall), dbNumber(r.cards))]));
  }

  private inCohort(table: string, alias: string, cohortId: number) {
    return this.dataSource
      .createQueryBuilder()
      .from(table, alias)
      .innerJoin('enrollments', 'e', `e.id = ${alias}.enrollment_id`)
      .where('e.cohort_id = :cohortId', { cohortId });
  }
}
