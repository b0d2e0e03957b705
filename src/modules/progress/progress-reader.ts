import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SessionMark } from '../../core/progress/streaks';
import { CohortScope, excluding } from './cohort-scope';
import { dbNumber, dbTime } from './db-values';
import { recallParameters, recallSql } from './recall-sql';

/** One enrolment and the person behind it, as the report lists them. */
export interface EnrollmentFacts {
  enrollmentId: number;
  learnerId: number;
  cohortId: number;
  externalId: string;
  name: string;
  status: string;
  bound: boolean;
  enrolledAt: Date;
  timezone: string | null;
  lastAnswerAt: Date | null;
}

export interface AnswerTotals {
  answers: number;
  correct: number;
}

export interface CardTotals {
  cards: number;
  due: number;
  mastered: number;
  /** Recall now summed over the cards; divided by `cards` it is the mean. */
  recall: number;
}

const FACT_COLUMNS: Array<[string, string]> = [
  ['e.id', 'enrollmentId'],
  ['e.learner_id', 'learnerId'],
  ['e.cohort_id', 'cohortId'],
  ['e.status', 'status'],
  ['e.enrolled_at', 'enrolledAt'],
  ['l.external_id', 'externalId'],
  ['l.name', 'name'],
  ['l.timezone', 'timezone'],
  ['CASE WHEN l.wechat_contact_id IS NULL THEN 0 ELSE 1 END', 'bound'],
  // One index seek per enrolment on (enrollment_id, reviewed_at), not a scan of its answers.
  ['(SELECT MAX(r.reviewed_at) FROM review_logs r WHERE r.enrollment_id = e.id)', 'lastAnswerAt'],
];

/**
 * Per-enrolment figures for a bounded list of enrolments, aggregated by the database:
 * only the sessions come back row by row, because a streak runs over time.
 */
@Injectable()
export class ProgressReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Live (not erased) enrolments of a cohort, in enrolment order, `limit` after `afterId`. */
  async cohortFacts(cohortId: number, afterId = 0, limit?: number): Promise<EnrollmentFacts[]> {
    const query = this.facts()
      .where('e.cohort_id = :cohortId AND e.id > :afterId', { cohortId, afterId })
      .orderBy('e.id', 'ASC');
    if (limit !== undefined) query.limit(limit);
    return (await query.getRawMany()).map(toFacts);
  }

  async learnerFacts(learnerId: number): Promise<EnrollmentFacts[]> {
    const rows = await this.facts()
      .where('e.learner_id = :learnerId', { learnerId })
      .orderBy('e.id', 'ASC')
      .getRawMany();
    return rows.map(toFacts);
  }

  async lessonsDelivered(ids: number[], scope: CohortScope): Promise<Map<number, number>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('el.enrollment_id', 'id')
      .addSelect('COUNT(*)', 'lessons')
      .from('enrollment_lessons', 'el')
      .where('el.enrollment_id IN (:...ids)', { ids })
      .groupBy('el.enrollment_id');
    const rows = await excluding(query, 'el.lesson_id', scope.retiredLessonIds).getRawMany<{
      id: number;
      lessons: number;
    }>();
    return new Map(rows.map((r) => [dbNumber(r.id), dbNumber(r.lessons)]));
  }

  async answers(ids: number[]): Promise<Map<number, AnswerTotals>> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('r.enrollment_id', 'id')
      .addSelect('COUNT(*)', 'answers')
      .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
      .from('review_logs', 'r')
      .where('r.enrollment_id IN (:...ids)', { ids })
      .groupBy('r.enrollment_id')
      .getRawMany<{ id: number; answers: number; correct: number }>();
    return new Map(
      rows.map((r) => [
        dbNumber(r.id),
        { answers: dbNumber(r.answers), correct: dbNumber(r.correct) },
      ]),
    );
  }

  /** Every session of each enrolment, oldest first, as much as a streak needs to know. */
  async sessions(ids: number[]): Promise<Map<number, SessionMark[]>> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('s.enrollment_id', 'id')
      .addSelect('s.answered', 'answered')
      .addSelect('s.status', 'status')
      .from('daily_sessions', 's')
      .where('s.enrollment_id IN (:...ids)', { ids })
      .orderBy('s.enrollment_id', 'ASC')
      .addOrderBy('s.local_date', 'ASC')
      .getRawMany<{ id: number; answered: number; status: string }>();
    const byEnrollment = new Map<number, SessionMark[]>();
    for (const row of rows) {
      const id = dbNumber(row.id);
      const marks = byEnrollment.get(id) ?? [];
      marks.push({ answered: dbNumber(row.answered), open: row.status === 'open' });
      byEnrollment.set(id, marks);
    }
    return byEnrollment;
  }

  /** Cards of current questions: how many, due now, mastered, and their recall now. */
  async cards(ids: number[], scope: CohortScope): Promise<Map<number, CardTotals>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('c.enrollment_id', 'id')
      .from('cards', 'c')
      .where('c.enrollment_id IN (:...ids)', { ids })
      .groupBy('c.enrollment_id');
    const rows = await selectCardTotals(query, scope).getRawMany<Record<string, unknown>>();
    return new Map(rows.map((r) => [dbNumber(r.id), toCardTotals(r)]));
  }

  private facts() {
    const query = this.dataSource.createQueryBuilder().from('enrollments', 'e');
    for (const [column, alias] of FACT_COLUMNS) query.addSelect(column, alias);
    return query.innerJoin('learners', 'l', 'l.id = e.learner_id AND l.erased_at IS NULL');
  }
}

/**
 * Adds the aggregates of cards aliased `c`, of current questions only; the cohort totals count
 * the same way.
 */
export function selectCardTotals<T extends SelectQueryBuilder<ObjectLiteral>>(
  query: T,
  scope: CohortScope,
): T {
  return excluding(query, 'c.question_id', scope.retiredQuestionIds)
    .addSelect('COUNT(*)', 'cards')
    .addSelect('SUM(CASE WHEN c.due <= :now THEN 1 ELSE 0 END)', 'due')
    .addSelect('SUM(CASE WHEN c.stability >= :masteryDays THEN 1 ELSE 0 END)', 'mastered')
    .addSelect(`SUM(${recallSql(query.connection, 'c')})`, 'recall')
    .setParameters({
      ...recallParameters(scope.now, scope.curve),
      masteryDays: scope.cohort.masteryDays,
    });
}

export function toCardTotals(row: Record<string, unknown>): CardTotals {
  return {
    cards: dbNumber(row.cards),
    due: dbNumber(row.due),
    mastered: dbNumber(row.mastered),
    recall: dbNumber(row.recall),
  };
}

function toFacts(row: Record<string, unknown>): EnrollmentFacts {
  return {
    enrollmentId: dbNumber(row.enrollmentId),
    learnerId: dbNumber(row.learnerId),
    cohortId: dbNumber(row.cohortId),
    externalId: String(row.externalId),
    name: String(row.name),
    status: String(row.status),
    bound: dbNumber(row.bound) === 1,
    enrolledAt: dbTime(row.enrolledAt)!,
    timezone: row.timezone === null ? null : String(row.timezone),
    lastAnswerAt: dbTime(row.lastAnswerAt),
  };
}
