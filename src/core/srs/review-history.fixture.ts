import { CardState, newCardState } from './card-state';
import { Grade } from './grade';
import { reviewCard, ReviewResult } from './review-card';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday 2 March 2026, 09:00 in Shanghai: the first prompt of a cohort. */
export const FIRST_PROMPT = new Date('2026-03-02T01:00:00Z');

/**
 * Answers a fresh card with `grades`, each on the day it falls due (or at FIRST_PROMPT for the
 * first), a few minutes after the prompt, as a punctual learner would.
 */
export function answerOnDueDays(grades: Grade[], desiredRetention = 0.9): ReviewResult[] {
  let card: CardState = newCardState(FIRST_PROMPT);
  return grades.map((grade) => {
    const answeredAt = new Date(card.due.getTime() + 5 * 60 * 1000);
    const result = reviewCard(card, grade, answeredAt, { desiredRetention });
    card = result.after;
    return result;
  });
}

export const lastCard = (results: ReviewResult[]): CardState => results[results.length - 1].after;
