import { formatInterval, MeanInterval, meanInterval } from '../../src/core/simulation/interval';
import { DayRecord, RunSummary } from '../../src/core/simulation/run-summary';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

/** One progress line per simulated day. */
export function dayLine(policy: string, total: number, d: DayRecord): string {
  const accuracy = d.answers === 0 ? '     -' : percent(d.right / d.answers).padStart(6);
  return (
    `${policy.padEnd(7)} day ${String(d.day).padStart(String(total).length)}/${total} ${d.date}` +
    `  prompts ${String(d.prompts).padStart(5)}  answers ${String(d.answers).padStart(5)}` +
    `  accuracy ${accuracy}  recall ${percent(d.meanRecall).padStart(6)}`
  );
}

type Metric = (s: RunSummary) => number;

/** Columns of the comparison; each a mean over the seeds, with a 95% interval for several. */
const COLUMNS: Array<[string, Metric, (i: MeanInterval) => string]> = [
  ['recall at day D: all items', (s) => s.recallEnd, (i) => formatInterval(i, 1, '%')],
  ['items read', (s) => s.recallEndRead, (i) => formatInterval(i, 1, '%')],
  ['items never read', (s) => s.recallEndUnread, (i) => formatInterval(i, 1, '%')],
  ['share read', (s) => s.readShare, (i) => formatInterval(i, 0, '%')],
  ['introduced items', (s) => s.finalRecall, (i) => formatInterval(i, 1, '%')],
  ['introduced, 30 days later', (s) => s.recallAfter30Days, (i) => formatInterval(i, 1, '%')],
  ['prompts/learner/day', (s) => s.promptsPerLearnerDay, (i) => formatInterval(i, 2)],
  ['messages/learner/day', (s) => s.messagesPerLearnerDay, (i) => formatInterval(i, 2)],
  ['accuracy', (s) => s.accuracy, (i) => formatInterval(i, 1, '%')],
  ['completed', (s) => s.completedLearners / s.learners, (i) => formatInterval(i, 0, '%')],
  ['run time', (s) => s.seconds, (i) => `${i.mean.toFixed(0)} s`],
];

/**
 * The comparison table, as Markdown so it can go straight into the README: one row per
 * policy, learner model and cap, averaged over the seeds run.
 */
export function summaryTable(runs: RunSummary[]): string {
  const groups = new Map<string, RunSummary[]>();
  for (const run of runs) {
    const key = `${run.policy}/${run.learnerModel}/${run.maxReviewsPerDay}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  const header = ['policy', 'learner model', 'cap', 'seeds', ...COLUMNS.map(([title]) => title)];
  const rows = [...groups.values()].map((group) => [
    group[0].policy,
    group[0].learnerModel,
    String(group[0].maxReviewsPerDay),
    String(group.length),
    ...COLUMNS.map(([, metric, format]) => format(meanInterval(group.map(metric)))),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = line(header.map((_, i) => (i < 2 ? '---' : '---:')));
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** One row per run and day; `mean_recall` is over every course item, read or not. */
export function daysCsv(runs: Array<{ summary: RunSummary; days: DayRecord[] }>): string {
  const header = 'policy,seed,day,date,prompts,messages,answers,right,accuracy,mean_recall';
  const rows = runs.flatMap(({ summary, days }) =>
    days.map((d) =>
      [
        summary.policy,
        summary.seed,
        d.day,
        d.date,
        d.prompts,
        d.messages,
        d.answers,
        d.right,
        d.answers === 0 ? '' : (d.right / d.answers).toFixed(4),
        d.meanRecall.toFixed(4),
      ].join(','),
    ),
  );
  return [header, ...rows].join('\n') + '\n';
}

const SUMMARY_COLUMNS: Array<[string, (s: RunSummary) => string | number]> = [
  ['policy', (s) => s.policy],
  ['seed', (s) => s.seed],
  ['learner_model', (s) => s.learnerModel],
  ['max_reviews_per_day', (s) => s.maxReviewsPerDay],
  ['learners', (s) => s.learners],
  ['days', (s) => s.days],
  ['recall_end', (s) => s.recallEnd.toFixed(4)],
  ['recall_end_read', (s) => s.recallEndRead.toFixed(4)],
  ['recall_end_unread', (s) => s.recallEndUnread.toFixed(4)],
  ['read_share', (s) => s.readShare.toFixed(4)],
  ['final_recall', (s) => s.finalRecall.toFixed(4)],
  ['recall_after_30_days', (s) => s.recallAfter30Days.toFixed(4)],
  ['prompts_per_learner_day', (s) => s.promptsPerLearnerDay.toFixed(4)],
  ['messages_per_learner_day', (s) => s.messagesPerLearnerDay.toFixed(4)],
  ['prompts', (s) => s.prompts],
  ['answers', (s) => s.answers],
  ['accuracy', (s) => s.accuracy.toFixed(4)],
  ['introduced', (s) => s.introduced],
  ['completed_learners', (s) => s.completedLearners],
];

/**
 * One row per run (policy and seed), results only (no run time), so two runs with one seed
 * compare equal. recall_end* are over every course item (read, never read); final_recall and
 * recall_after_30_days over the introduced ones.
 */
export function summaryCsv(runs: RunSummary[]): string {
  const header = SUMMARY_COLUMNS.map(([name]) => name).join(',');
  const rows = runs.map((s) => SUMMARY_COLUMNS.map(([, value]) => value(s)).join(','));
  return [header, ...rows].join('\n') + '\n';
}
