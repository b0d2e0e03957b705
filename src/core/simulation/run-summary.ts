/** One simulated calendar day, in the learners' time zone. */
export interface DayRecord {
  day: number;
  date: string;
  /** Questions put to learners: first prompts and the ones sent after an answer. */
  prompts: number;
  /** Outbox messages queued: openings, feedback, reminders, completions. */
  messages: number;
  answers: number;
  right: number;
  /**
   * Mean true recall probability, at the end of the day, of every question of the course by
   * every learner, read or not.
   */
  meanRecall: number;
}

/** What a run was: one policy, seed, learner model and daily review cap. */
export interface RunSetting {
  policy: string;
  seed: string;
  learnerModel: string;
  maxReviewsPerDay: number;
}

export interface RunSummary extends RunSetting {
  learners: number;
  days: number;
  prompts: number;
  answers: number;
  /** Right answers per answer; partly right counts as not right. */
  accuracy: number;
  promptsPerLearnerDay: number;
  messagesPerLearnerDay: number;
  /** Mean true recall at the end of the last day of every course question by every learner. */
  recallEnd: number;
  /** The same over the (learner, question) pairs read: lesson read, or feedback seen. */
  recallEndRead: number;
  /** The same over the pairs never read. */
  recallEndUnread: number;
  /** Share of (learner, question) pairs read by the end. */
  readShare: number;
  /** Mean true recall at the end of the last day over introduced questions (one card each). */
  finalRecall: number;
  /** The same 30 days later with no further review: what lasts. */
  recallAfter30Days: number;
  introduced: number;
  completedLearners: number;
  seconds: number;
}

export interface RunTotals extends RunSetting {
  learners: number;
  recallEnd: number;
  recallEndRead: number;
  recallEndUnread: number;
  readShare: number;
  finalRecall: number;
  recallAfter30Days: number;
  introduced: number;
  completedLearners: number;
  seconds: number;
}

export function summarize(days: readonly DayRecord[], totals: RunTotals): RunSummary {
  const sum = (pick: (d: DayRecord) => number) => days.reduce((n, d) => n + pick(d), 0);
  const learnerDays = Math.max(1, totals.learners * days.length);
  const answers = sum((d) => d.answers);
  return {
    ...totals,
    days: days.length,
    prompts: sum((d) => d.prompts),
    answers,
    accuracy: answers === 0 ? 0 : sum((d) => d.right) / answers,
    promptsPerLearnerDay: sum((d) => d.prompts) / learnerDays,
    messagesPerLearnerDay: sum((d) => d.messages) / learnerDays,
  };
}

/** The mean of `recall` over the items, 0 when there are none. */
export function meanOf<T>(items: readonly T[], recall: (item: T) => number): number {
  if (items.length === 0) return 0;
  return items.reduce((total, item) => total + recall(item), 0) / items.length;
}
