import { ratio } from './recall';

/** A cohort's answers to one question in the sessions of one local date. */
export interface DayAnswers {
  questionId: number;
  localDate: string;
  answers: number;
  correct: number;
}

export interface ModuleWeeks {
  moduleId: string;
  /** Per week from the cohort's start: answers given, and the share right (null: none). */
  answers: number[];
  accuracy: Array<number | null>;
}

const DAY_MS = 86_400_000;

/** Week 0 holds the start date and the six days after it; earlier dates count as week 0. */
export function weekOf(startDate: string, localDate: string): number {
  const days =
    (Date.parse(`${localDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS;
  return Math.max(0, Math.floor(days / 7));
}

/**
 * The knowledge map's cells: each module's answers and accuracy week by week, `weeks` weeks
 * from `startDate`; questions of no listed module are left out.
 */
export function moduleWeeks(
  days: readonly DayAnswers[],
  moduleOf: ReadonlyMap<number, string>,
  modules: readonly string[],
  startDate: string,
  weeks: number,
): ModuleWeeks[] {
  const sums = new Map(
    modules.map((m) => [m, Array.from({ length: weeks }, () => ({ answers: 0, correct: 0 }))]),
  );
  for (const day of days) {
    const row = sums.get(moduleOf.get(day.questionId) ?? '');
    const week = weekOf(startDate, day.localDate);
    if (!row || week >= weeks) continue;
    row[week].answers += day.answers;
    row[week].correct += day.correct;
  }
  return modules.map((moduleId) => ({
    moduleId,
    answers: sums.get(moduleId)!.map((w) => w.answers),
    accuracy: sums.get(moduleId)!.map((w) => ratio(w.correct, w.answers)),
  }));
}
