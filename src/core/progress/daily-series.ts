import { FORGETTING_CURVE, ratio, roundRatio } from './recall';

const DAY_MS = 86_400_000;

/** One local day's session tallies, as the sessions table sums them. */
export interface DayTally {
  /** Sessions held (one per learner and day, extra practice included). */
  sessions: number;
  /** Of those, sessions with at least one answer. */
  sessionsAnswered: number;
  answers: number;
  correct: number;
}

/** A card's history up to the series' end: when it was made and each answer's stability after. */
export interface CardHistory {
  createdAt: Date;
  /** In time order. */
  reviews: ReadonlyArray<{ at: Date; stability: number }>;
}

export interface SeriesDay {
  date: string;
  sessions: number;
  answers: number;
  learnersAnswering: number;
  participation: number | null;
  accuracy: number | null;
  meanPredictedRecall: number | null;
}

/**
 * Mean FSRS recall at each day's end over the cards that existed then: the ts-fsrs curve
 * from the last answer before that end (whole days elapsed), 0 for a card not answered yet,
 * as the progress report counts them. One pass over each card's answers and the days.
 */
export function meanRecallByDay(
  cards: readonly CardHistory[],
  dayEnds: readonly Date[],
): Array<number | null> {
  const sums = dayEnds.map(() => 0);
  const counts = dayEnds.map(() => 0);
  for (const card of cards) {
    let next = 0;
    let last: { at: Date; stability: number } | null = null;
    for (let day = 0; day < dayEnds.length; day++) {
      const end = dayEnds[day];
      if (card.createdAt >= end) continue;
      while (next < card.reviews.length && card.reviews[next].at < end) last = card.reviews[next++];
      sums[day] += last ? recallAt(last.at, last.stability, end) : 0;
      counts[day]++;
    }
  }
  return sums.map((sum, day) => (counts[day] === 0 ? null : roundRatio(sum / counts[day])));
}

function recallAt(answeredAt: Date, stability: number, at: Date): number {
  if (stability <= 0) return 0;
  const days = Math.max(Math.floor((at.getTime() - answeredAt.getTime()) / DAY_MS), 0);
  return Math.pow(1 + (FORGETTING_CURVE.factor * days) / stability, FORGETTING_CURVE.decay);
}

/** The series, one entry per date asked for; a day without sessions has zeros and nulls. */
export function dailySeries(
  dates: readonly string[],
  tallies: ReadonlyMap<string, DayTally>,
  recall: ReadonlyArray<number | null>,
): SeriesDay[] {
  return dates.map((date, i) => {
    const t = tallies.get(date) ?? { sessions: 0, sessionsAnswered: 0, answers: 0, correct: 0 };
    return {
      date,
      sessions: t.sessions,
      answers: t.answers,
      learnersAnswering: t.sessionsAnswered,
      participation: ratio(t.sessionsAnswered, t.sessions),
      accuracy: ratio(t.correct, t.answers),
      meanPredictedRecall: recall[i] ?? null,
    };
  });
}

/**
 * Up to `size` of `ids`, spread evenly over the list (every k-th), so the sample covers early
 * and late enrolments alike; all of them when there are no more than `size`.
 */
export function evenSample<T>(ids: readonly T[], size: number): T[] {
  if (ids.length <= size) return [...ids];
  const step = ids.length / size;
  return Array.from({ length: size }, (_, i) => ids[Math.floor(i * step)]);
}
