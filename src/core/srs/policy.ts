import { CardState } from './card-state';
import { Grade } from './grade';
import { reviewCard, ReviewOptions, ReviewResult } from './review-card';

/**
 * Port: how an answer reschedules a card. FSRS is the product's policy; the simulator runs
 * published alternatives behind the same interface to compare them on the same engine. Also
 * the Nest injection token (`{ provide: SchedulingPolicy, useClass: FsrsPolicy }`).
 *
 * Whatever the policy, `after` must stay a valid FSRS card: the planner ranks due cards by
 * FSRS retrievability and completion reads `stability` as days of memory.
 */
/**
 * How a day's reviews are chosen when more are due than the day allows.
 * - `value`: the reviews that buy the most retained knowledge per prompt, and a new lesson
 *   waits while the backlog is large (the engine's FSRS, which can predict that value);
 * - `due`: the ones due longest first, and the lesson always comes (the fixed-rule
 *   baselines, which know nothing of memory).
 */
export type ReviewOrder = 'value' | 'due';

export abstract class SchedulingPolicy {
  abstract readonly name: string;
  readonly reviewOrder: ReviewOrder = 'due';
  abstract review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult;
}

/** SPEC §2: FSRS with the cohort's desired retention, fuzz on, short-term steps off. */
export class FsrsPolicy extends SchedulingPolicy {
  readonly name = 'fsrs';
  override readonly reviewOrder = 'value';

  review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult {
    return reviewCard(card, grade, now, options);
  }
}
