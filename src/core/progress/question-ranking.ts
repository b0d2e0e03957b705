/** What ranks a question among its course's questions. */
export interface RankedQuestion {
  firstTryAccuracy: number | null;
  accuracy: number | null;
  timesAnswered: number;
  /** Curriculum order: lesson position, then question position. */
  order: readonly [number, number];
}

const nullsLast = (a: number | null, b: number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
};

/**
 * Worst first: the lowest share right at the first try is the clearest sign of a confusing
 * question (later tries are helped by the explanation). Ties go to the one with more answers,
 * the stronger evidence, then to curriculum order. Unanswered questions come last.
 */
export function worstFirst(a: RankedQuestion, b: RankedQuestion): number {
  return (
    nullsLast(a.firstTryAccuracy, b.firstTryAccuracy) ||
    nullsLast(a.accuracy, b.accuracy) ||
    b.timesAnswered - a.timesAnswered ||
    a.order[0] - b.order[0] ||
    a.order[1] - b.order[1]
  );
}
