import {
  afterAttempt,
  ease,
  firstExposure,
  MEMORY_DEFAULTS,
  MemoryParams,
  MemoryTrace,
  recallProbability,
} from './memory-model';

/** A question as one synthetic learner holds it in mind. */
export interface LearnerItem {
  learner: number;
  questionId: number;
}

/** What every synthetic learner remembers of every question they met. */
export class MemoryBank {
  private readonly traces = new Map<string, MemoryTrace>();

  constructor(
    private readonly skills: readonly number[],
    private readonly difficulties: ReadonlyMap<number, number>,
    private readonly params: MemoryParams = MEMORY_DEFAULTS,
  ) {}

  /** Reading a lesson: the first exposure of its questions; a second reading changes nothing. */
  study(item: LearnerItem, atMs: number): void {
    if (!this.traces.has(key(item))) {
      this.traces.set(key(item), firstExposure(this.easeOf(item), atMs, this.params));
    }
  }

  recall(item: LearnerItem, atMs: number): number {
    return recallProbability(this.traces.get(key(item)), atMs);
  }

  /** An answer and its feedback; a question never studied is first learnt from the feedback. */
  answered(item: LearnerItem, attempt: { recalled: boolean; atMs: number; noise: number }): void {
    const trace = this.traces.get(key(item));
    const itemEase = this.easeOf(item);
    this.traces.set(
      key(item),
      trace
        ? afterAttempt(trace, { ...attempt, itemEase }, this.params)
        : firstExposure(itemEase, attempt.atMs, this.params),
    );
  }

  private easeOf(item: LearnerItem): number {
    const difficulty = this.difficulties.get(item.questionId);
    if (difficulty === undefined) throw new Error(`No difficulty for question ${item.questionId}`);
    return ease(this.skills[item.learner], difficulty);
  }
}

const key = (item: LearnerItem) => `${item.learner}:${item.questionId}`;
