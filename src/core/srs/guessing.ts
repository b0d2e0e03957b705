import type { QuestionType } from '../content/course-model';

/** What a question's guessing rate depends on. */
export interface GuessableQuestion {
  type: QuestionType;
  /** The number of choices; true/false questions have none. */
  choiceCount: number;
}

/**
 * The chance that a learner who remembers nothing answers right: one of two for true/false,
 * one of k for a single choice, one of the 2^k − 1 non-empty sets for a multiple choice.
 */
export function guessRate(question: GuessableQuestion): number {
  if (question.type === 'truefalse') return 1 / 2;
  if (question.type === 'single') return 1 / Math.max(1, question.choiceCount);
  return 1 / Math.max(1, 2 ** question.choiceCount - 1);
}

/**
 * The probability that a right answer was recalled rather than guessed (Bayes): recall `R`
 * is predicted before the answer; a right answer comes with probability R when recalled and
 * `g` when not, so P(recalled | right) = R / (R + (1 − R) g).
 */
export function recallGivenRight(recall: number, guess: number): number {
  if (recall <= 0) return 0;
  return recall / (recall + (1 - recall) * guess);
}
