import { Injectable } from '@nestjs/common';
import { ForgettingCurve, ratio } from '../../../core/progress/recall';
import type { DayAnswers } from '../../../core/progress/knowledge-map';
import { ChoiceCount } from '../../../core/progress/wrong-choices';
import { dbNumber } from '../../../modules/progress/db-values';
import {
  AnswerCounts,
  CourseQuestion,
  QuestionStatsRepository,
} from '../../../modules/progress/question-stats.repository';
import { Database } from '../database';
import { QuestionEntity } from '../entities';
import { inCohort, recallParameters, recallSql } from './progress-sql';

type Raw = Record<string, unknown>;

@Injectable()
export class SqlQuestionStatsRepository extends QuestionStatsRepository {
  constructor(private readonly db: Database) {
    super();
  }

  timesSent(cohortId: number): Promise<Map<number, number>> {
    return this.db.withManager(async (m) => {
      const rows = await inCohort(m, 'session_prompts', 'p', cohortId)
        .select('p.question_id', 'id')
        .addSelect('COUNT(*)', 'sent')
        .groupBy('p.question_id')
        .getRawMany<Raw>();
      return new Map(rows.map((r) => [dbNumber(r.id), dbNumber(r.sent)]));
    });
  }

  answers(cohortId: number): Promise<Map<number, AnswerCounts>> {
    return this.db.withManager(async (m) => {
      const rows = await inCohort(m, 'review_logs', 'r', cohortId)
        .select('r.question_id', 'id')
        .addSelect('COUNT(*)', 'answers')
        .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
        .addSelect('SUM(r.first_try)', 'firstTries')
        .addSelect(
          "SUM(CASE WHEN r.first_try = 1 AND r.grade = 'right' THEN 1 ELSE 0 END)",
          'firstTryCorrect',
        )
        .groupBy('r.question_id')
        .getRawMany<Raw>();
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
    });
  }

  wrongChoices(cohortId: number): Promise<Array<ChoiceCount & { questionId: number }>> {
    return this.db.withManager(async (m) => {
      const rows = await inCohort(m, 'review_logs', 'r', cohortId)
        .select('r.question_id', 'id')
        .addSelect('r.chosen', 'answer')
        .addSelect('COUNT(*)', 'count')
        .andWhere("r.grade <> 'right'")
        .groupBy('r.question_id')
        .addGroupBy('r.chosen')
        .getRawMany<Raw>();
      return rows.map((r) => ({
        questionId: dbNumber(r.id),
        answer: String(r.answer),
        count: dbNumber(r.count),
      }));
    });
  }

  recall(cohortId: number, now: Date, curve: ForgettingCurve): Promise<Map<number, number | null>> {
    return this.db.withManager(async (m) => {
      const rows = await inCohort(m, 'cards', 'c', cohortId)
        .select('c.question_id', 'id')
        .addSelect('COUNT(*)', 'cards')
        .addSelect(`SUM(${recallSql(this.db.engine, 'c')})`, 'recall')
        .setParameters(recallParameters(now, curve))
        .groupBy('c.question_id')
        .getRawMany<Raw>();
      return new Map(
        rows.map((r) => [dbNumber(r.id), ratio(dbNumber(r.recall), dbNumber(r.cards))]),
      );
    });
  }

  answersByDay(cohortId: number): Promise<DayAnswers[]> {
    return this.db.withManager(async (m) => {
      const rows = await inCohort(m, 'review_logs', 'r', cohortId)
        .innerJoin('session_prompts', 'p', 'p.id = r.prompt_id')
        .innerJoin('daily_sessions', 's', 's.id = p.session_id')
        .select('r.question_id', 'id')
        .addSelect('s.local_date', 'localDate')
        .addSelect('COUNT(*)', 'answers')
        .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
        .groupBy('r.question_id')
        .addGroupBy('s.local_date')
        .getRawMany<Raw>();
      return rows.map((r) => ({
        questionId: dbNumber(r.id),
        localDate: String(r.localDate),
        answers: dbNumber(r.answers),
        correct: dbNumber(r.correct),
      }));
    });
  }

  questionsOf(courseId: string): Promise<CourseQuestion[]> {
    return this.db.withManager(
      async (m) =>
        (await m
          .getRepository(QuestionEntity)
          .createQueryBuilder('q')
          .innerJoinAndSelect('q.lesson', 'lesson')
          .where('lesson.course_id = :courseId', { courseId })
          .orderBy('lesson.position', 'ASC')
          .addOrderBy('q.position', 'ASC')
          .getMany()) as CourseQuestion[],
    );
  }
}
