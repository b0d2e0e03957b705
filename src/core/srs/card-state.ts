import { Card, createEmptyCard, State } from 'ts-fsrs';

export type CardStateName = 'new' | 'learning' | 'review' | 'relearning';

/**
 * One learner's memory of one question, as plain data: what the database stores and the
 * review log copies before and after each answer. Mirrors every field of a ts-fsrs Card so
 * the history can be replayed or the parameters re-fitted later.
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  /** Whole days between the last two reviews (deprecated in ts-fsrs 5, kept for re-fitting). */
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
}

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const FSRS_STATES: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

// Dates are copied so that neither side can mutate the other's through a shared object.
const copyDate = (date: Date): Date => new Date(date.getTime());

export function toFsrsCard(card: CardState): Card {
  return {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_STATES[card.state],
    last_review: card.lastReview ? copyDate(card.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): CardState {
  return {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ? copyDate(card.last_review) : null,
  };
}

/** A copy that shares no Date objects with the original. */
export function copyCardState(card: CardState): CardState {
  return {
    ...card,
    due: copyDate(card.due),
    lastReview: card.lastReview ? copyDate(card.lastReview) : null,
  };
}

/** A card for a question the learner has not answered yet: due at once, nothing remembered. */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}
