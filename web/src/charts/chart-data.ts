/**
 * What the charts and figures show, shaped from API responses. Pure functions: no DOM, no
 * ECharts, time passed in; tested in test/web/chart-data.spec.ts.
 */
import type {
  CohortSeriesResponse,
  CourseDetailResponse,
  ProgressTotalsResponse,
  QuestionStatResponse,
  RecentReview,
} from '../api/types';

export interface CohortFigures {
  learners: number;
  joined: number;
  active7: number;
  /** Active in 7 days / joined; null before anyone joined. */
  participation: number | null;
  accuracy: number | null;
  atRisk: number;
}

/** The cohort's headline figures, all from the server's totals over every learner. */
export function cohortFigures(totals: ProgressTotalsResponse): CohortFigures {
  const active7 = totals.activeLast7Days;
  return {
    learners: totals.learners,
    joined: totals.bound,
    active7,
    participation: totals.bound === 0 ? null : active7 / totals.bound,
    accuracy: totals.accuracy,
    atRisk: totals.atRisk,
  };
}

export interface DailyLines {
  days: string[];
  /** Percent, null on a day without sessions or answers (a gap in the line). */
  participation: Array<number | null>;
  accuracy: Array<number | null>;
  recall: Array<number | null>;
}

/** The cohort's daily series as the lines of its chart, in percent. */
export function dailyLines(series: CohortSeriesResponse): DailyLines {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    days: series.days.map((d) => d.date),
    participation: series.days.map((d) => pct(d.participation)),
    accuracy: series.days.map((d) => pct(d.accuracy)),
    recall: series.days.map((d) => pct(d.meanPredictedRecall)),
  };
}

/** Bars of who is where: enrolled, joined, active, at risk, finished. */
export function learnersAtAGlance(totals: ProgressTotalsResponse): {
  keys: Array<'learners' | 'joined' | 'active' | 'paused' | 'atRisk' | 'completed'>;
  values: number[];
} {
  const keys = ['learners', 'joined', 'active', 'paused', 'atRisk', 'completed'] as const;
  const values = {
    learners: totals.learners,
    joined: totals.bound,
    active: totals.active,
    paused: totals.paused,
    atRisk: totals.atRisk,
    completed: totals.completed,
  };
  return { keys: [...keys], values: keys.map((k) => values[k]) };
}

export interface KnowledgeMap {
  modules: Array<{ id: string; title: CourseDetailResponse['modules'][number]['title'] }>;
  /** [module index, 0 = accuracy | 1 = predicted recall, percent or null when unanswered]. */
  cells: Array<[number, number, number | null]>;
}

/**
 * Accuracy (answers weighted) and mean predicted recall per module, from the cohort's
 * question statistics and the course tree that says which lesson is in which module.
 */
export function knowledgeMap(
  course: CourseDetailResponse,
  questions: readonly QuestionStatResponse[],
): KnowledgeMap {
  const moduleOfLesson = new Map<string, number>();
  course.modules.forEach((m, i) => m.lessons.forEach((l) => moduleOfLesson.set(l.id, i)));
  const sums = course.modules.map(() => ({ answered: 0, right: 0, recall: 0, recalled: 0 }));
  for (const q of questions) {
    const i = moduleOfLesson.get(q.lessonId);
    if (i === undefined) continue;
    if (q.accuracy !== null && q.timesAnswered > 0) {
      sums[i].answered += q.timesAnswered;
      sums[i].right += q.accuracy * q.timesAnswered;
    }
    if (q.meanRetrievability !== null) {
      sums[i].recall += q.meanRetrievability;
      sums[i].recalled += 1;
    }
  }
  const percent = (part: number, whole: number) =>
    whole === 0 ? null : Math.round((100 * part) / whole);
  return {
    modules: course.modules.map((m) => ({ id: m.id, title: m.title })),
    cells: sums.flatMap((s, i): Array<[number, number, number | null]> => [
      [i, 0, percent(s.right, s.answered)],
      [i, 1, percent(s.recall, s.recalled)],
    ]),
  };
}

/** The questions answered most wrongly first; unanswered ones say nothing yet. */
export function hardestQuestions(
  questions: readonly QuestionStatResponse[],
  count: number,
): QuestionStatResponse[] {
  return questions
    .filter((q) => q.accuracy !== null && q.timesAnswered > 0)
    .sort((a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || b.timesAnswered - a.timesAnswered)
    .slice(0, count);
}

export interface AnswersPerDay {
  days: string[];
  right: number[];
  partial: number[];
  wrong: number[];
}

/** Answers per calendar day (`dayOf` turns a timestamp into the viewer's YYYY-MM-DD). */
export function answersPerDay(
  reviews: readonly RecentReview[],
  dayOf: (iso: string) => string,
): AnswersPerDay {
  const byDay = new Map<string, { right: number; partial: number; wrong: number }>();
  for (const review of reviews) {
    const day = dayOf(review.reviewedAt);
    const counts = byDay.get(day) ?? { right: 0, partial: 0, wrong: 0 };
    counts[review.grade] += 1;
    byDay.set(day, counts);
  }
  const days = [...byDay.keys()].sort();
  const series = (grade: 'right' | 'partial' | 'wrong') => days.map((d) => byDay.get(d)![grade]);
  return { days, right: series('right'), partial: series('partial'), wrong: series('wrong') };
}

/** The last answer to each question, newest first: where the learner stands on it now. */
export function latestPerQuestion(reviews: readonly RecentReview[]): RecentReview[] {
  const latest = new Map<string, RecentReview>();
  for (const review of reviews) {
    const seen = latest.get(review.questionId);
    if (!seen || seen.reviewedAt < review.reviewedAt) latest.set(review.questionId, review);
  }
  return [...latest.values()].sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
}

export const localDay = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
