import { LearnerModel } from './learner-model';

/** Mean recall over a set of (learner, question) pairs, and how many pairs it covers. */
export interface RecallOver {
  all: number;
  /** Pairs the learner has read: a lesson that shows the answer, or feedback after an answer. */
  read: number;
  /** Pairs the learner never read; the model's recall of them, usually 0. */
  unread: number;
  /** Share of pairs read, 0..1. */
  readShare: number;
}

/**
 * A learner model as the simulator drives it: it remembers which questions each learner has
 * read, so that recall can be reported over every question of the course and separately over
 * the ones read and never read.
 */
export class LearnerMemory {
  private readonly readPairs = new Set<string>();

  constructor(private readonly model: LearnerModel) {}

  study(learner: number, item: string, atMs: number): void {
    this.readPairs.add(`${learner}:${item}`);
    this.model.study(learner, item, atMs);
  }

  recall(learner: number, item: string, atMs: number): number {
    return this.model.recall(learner, item, atMs);
  }

  attempt(learner: number, item: string, atMs: number, recalled: boolean): void {
    this.readPairs.add(`${learner}:${item}`);
    this.model.attempt(learner, item, atMs, recalled);
  }

  /** Recall at `atMs` of every item by every learner 0..learners-1. */
  recallOver(learners: number, items: readonly string[], atMs: number): RecallOver {
    const sums = { read: 0, unread: 0, readCount: 0 };
    for (let learner = 0; learner < learners; learner++) {
      for (const item of items) {
        const p = this.model.recall(learner, item, atMs);
        if (this.readPairs.has(`${learner}:${item}`)) {
          sums.read += p;
          sums.readCount += 1;
        } else {
          sums.unread += p;
        }
      }
    }
    const total = learners * items.length;
    const unreadCount = total - sums.readCount;
    return {
      all: total === 0 ? 0 : (sums.read + sums.unread) / total,
      read: sums.readCount === 0 ? 0 : sums.read / sums.readCount,
      unread: unreadCount === 0 ? 0 : sums.unread / unreadCount,
      readShare: total === 0 ? 0 : sums.readCount / total,
    };
  }
}
