import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FORGETTING_CURVE, ForgettingCurve } from '../../../core/progress/recall';
import { CardTotals } from '../../../modules/progress/progress.repository';
import { CohortScope } from '../../../modules/progress/cohort-scope';
import { dbNumber } from '../../../modules/progress/db-values';

type Engine = 'sqlite' | 'mysql';

const DAY_MS = 86_400_000;

/**
 * Whole days from `column` to `:now`, never negative, counted as ts-fsrs counts them (the
 * floor of the difference in milliseconds). Date arithmetic is the one thing the engines spell
 * differently; SQLite stores UTC text, MariaDB and MySQL DATETIME.
 */
function elapsedDays(engine: Engine, column: string): string {
  if (engine === 'sqlite') {
    const ms = (value: string) => `CAST(ROUND(unixepoch(${value}, 'subsec') * 1000) AS INTEGER)`;
    return `max((${ms(':now')} - ${ms(column)}) / ${DAY_MS}, 0)`;
  }
  return `GREATEST(TIMESTAMPDIFF(MICROSECOND, ${column}, :now) DIV ${DAY_MS * 1000}, 0)`;
}

/**
 * Recall now of the card aliased `alias`, by the ts-fsrs forgetting curve; 0 for a card never
 * answered (nothing to recall). Bind `recallParameters(now, curve)` with it.
 */
export function recallSql(engine: Engine, alias: string): string {
  const days = elapsedDays(engine, `${alias}.last_review`);
  return (
    `CASE WHEN ${alias}.state = 'new' OR ${alias}.last_review IS NULL OR ${alias}.stability <= 0 THEN 0 ` +
    `ELSE POWER(1 + :recallFactor * ${days} / ${alias}.stability, :recallDecay) END`
  );
}

/** `curve`: the course's, from its current FSRS parameter set; the defaults' when it has none. */
export const recallParameters = (now: Date, curve: ForgettingCurve = FORGETTING_CURVE) => ({
  now,
  recallFactor: curve.factor,
  recallDecay: curve.decay,
});

/** `column NOT IN (ids)`, or nothing when there are none. */
export function excluding<T extends SelectQueryBuilder<ObjectLiteral>>(
  query: T,
  column: string,
  ids: number[],
): T {
  if (ids.length === 0) return query;
  const name = `not_${column.replace(/\W/g, '_')}`;
  return query.andWhere(`${column} NOT IN (:...${name})`, { [name]: ids });
}

/**
 * Adds the aggregates of cards aliased `c`, of current questions only; the cohort totals count
 * the same way as the per-learner figures.
 */
export function selectCardTotals<T extends SelectQueryBuilder<ObjectLiteral>>(
  query: T,
  engine: Engine,
  scope: CohortScope,
): T {
  return excluding(query, 'c.question_id', scope.retiredQuestionIds)
    .addSelect('COUNT(*)', 'cards')
    .addSelect('SUM(CASE WHEN c.due <= :now THEN 1 ELSE 0 END)', 'due')
    .addSelect('SUM(CASE WHEN c.stability >= :masteryDays THEN 1 ELSE 0 END)', 'mastered')
    .addSelect(`SUM(${recallSql(engine, 'c')})`, 'recall')
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

/** The cards of one enrolment's current questions with their recall now, weakest first. */
export function questionRecallQuery(
  m: EntityManager,
  engine: Engine,
  enrollmentId: number,
  scope: CohortScope,
) {
  const query = m
    .createQueryBuilder()
    .select(recallSql(engine, 'c'), 'recall')
    .addSelect("CASE WHEN c.state = 'new' OR c.last_review IS NULL THEN 1 ELSE 0 END", 'unseen')
    .addSelect('c.due', 'due')
    .addSelect('q.question_key', 'questionKey')
    .addSelect('ls.lesson_key', 'lessonKey')
    .addSelect('ls.course_id', 'courseId')
    .from('cards', 'c')
    .innerJoin('questions', 'q', 'q.id = c.question_id')
    .innerJoin('lessons', 'ls', 'ls.id = q.lesson_id')
    .where('c.enrollment_id = :enrollmentId', { enrollmentId })
    .setParameters(recallParameters(scope.now, scope.curve));
  return excluding(query, 'c.question_id', scope.retiredQuestionIds)
    .orderBy('unseen', 'ASC')
    .addOrderBy('recall', 'ASC')
    .addOrderBy('c.id', 'ASC');
}

/** The sessions of one enrolment, oldest first: their date, answers and right answers. */
export const sessionDaysQuery = (m: EntityManager, enrollmentId: number) =>
  m
    .createQueryBuilder()
    .select('s.local_date', 'date')
    .addSelect('s.answered', 'answered')
    .addSelect('s.correct', 'correct')
    .from('daily_sessions', 's')
    .where('s.enrollment_id = :enrollmentId', { enrollmentId })
    .orderBy('s.local_date', 'ASC');

/** Rows of `table` (aliased `alias`) whose enrolment is in the cohort. */
export function inCohort(m: EntityManager, table: string, alias: string, cohortId: number) {
  return m
    .createQueryBuilder()
    .from(table, alias)
    .innerJoin('enrollments', 'e', `e.id = ${alias}.enrollment_id`)
    .where('e.cohort_id = :cohortId', { cohortId });
}
