import { DataSource } from 'typeorm';
import { FORGETTING_CURVE, ForgettingCurve } from '../../core/progress/recall';

const DAY_MS = 86_400_000;

/**
 * Whole days from `column` to `:now`, never negative, counted as ts-fsrs counts them (the
 * floor of the difference in milliseconds). Date arithmetic is the one thing the engines spell
 * differently; SQLite stores UTC text, MariaDB and MySQL DATETIME.
 */
function elapsedDays(dataSource: DataSource, column: string): string {
  if (dataSource.options.type === 'better-sqlite3') {
    const ms = (value: string) => `CAST(ROUND(unixepoch(${value}, 'subsec') * 1000) AS INTEGER)`;
    return `max((${ms(':now')} - ${ms(column)}) / ${DAY_MS}, 0)`;
  }
  return `GREATEST(TIMESTAMPDIFF(MICROSECOND, ${column}, :now) DIV ${DAY_MS * 1000}, 0)`;
}

/**
 * Recall now of the card aliased `alias`, by the ts-fsrs forgetting curve; 0 for a card never
 * answered (nothing to recall). Bind `recallParameters(now, curve)` with it.
 */
export function recallSql(dataSource: DataSource, alias: string): string {
  const days = elapsedDays(dataSource, `${alias}.last_review`);
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
