/**
 * What the charts and figures show, shaped from API responses. Pure functions: no DOM, no
 * ECharts, time passed in; tested in test/web/chart-data.spec.ts.
 */
import type {
  CohortSeriesResponse,
  CourseDetailResponse,
  KnowledgeMapResponse,
  ProgressTotalsResponse,
  QuestionStatResponse,
  RecentReview,
  SessionDayResponse,
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
  /** The first date of each week since the cohort's start; a last column is recall now. */
  weeks: string[];
  /**
   * [column, module index, percent or null without answers]: columns 0 to weeks - 1 are the
   * weeks' accuracy, the last is the module's mean predicted recall now.
   */
  cells: Array<[number, number, number | null]>;
}

const toPercent = (v: number | null) => (v === null ? null : Math.round(100 * v));

/**
 * Module by week: each module's accuracy in each week of the cohort (the server's
 * knowledge map), then its mean predicted recall now over its questions' statistics.
 */
export function knowledgeMap(
  course: CourseDetailResponse,
  questions: readonly QuestionStatResponse[],
  byWeek: KnowledgeMapResponse,
): KnowledgeMap {
  const moduleOfLesson = new Map<string, number>();
  course.modules.forEach((m, i) => m.lessons.forEach((l) => moduleOfLesson.set(l.id, i)));
  const recall = course.modules.map(() => ({ sum: 0, count: 0 }));
  for (const q of questions) {
    const i = moduleOfLesson.get(q.lessonId);
    if (i === undefined || q.meanRetrievability === null) continue;
    recall[i].sum += q.meanRetrievability;
    recall[i].count += 1;
  }
  const weeks = byWeek.weeks.map((w) => w.from);
  const cells = course.modules.flatMap((m, y): Array<[number, number, number | null]> => {
    const accuracy = byWeek.modules.find((row) => row.moduleId === m.id)?.accuracy ?? [];
    const r = recall[y];
    return [
      ...weeks.map((_, x): [number, number, number | null] => [
        x,
        y,
        toPercent(accuracy[x] ?? null),
      ]),
      [weeks.length, y, r.count === 0 ? null : toPercent(r.sum / r.count)],
    ];
  });
  return { modules: course.modules.map((m) => ({ id: m.id, title: m.title })), weeks, cells };
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
  /** Wrong or partly right. */
  notRight: number[];
}

/** The learner's answers over time: one bar per session day, skipped ones included. */
export function answersPerDay(days: readonly SessionDayResponse[]): AnswersPerDay {
  return {
    days: days.map((d) => d.date),
    right: days.map((d) => d.correct),
    notRight: days.map((d) => d.answered - d.correct),
  };
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
