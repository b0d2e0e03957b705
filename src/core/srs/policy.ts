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
export abstract class SchedulingPolicy {
  abstract readonly name: string;
  abstract review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult;
}

/** SPEC §2: FSRS with the cohort's desired retention, fuzz on, short-term steps off. */
export class FsrsPolicy extends SchedulingPolicy {
  readonly name = 'fsrs';

  review(card: CardState, grade: Grade, now: Date, options: ReviewOptions): ReviewResult {
    return reviewCard(card, grade, now, options);
  }
}
