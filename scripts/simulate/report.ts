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

const COLUMNS: Array<[string, (s: RunSummary) => string]> = [
  ['policy', (s) => s.policy],
  ['recall at day D', (s) => percent(s.finalRecall)],
  ['recall 30 days later', (s) => percent(s.recallAfter30Days)],
  ['prompts/learner/day', (s) => s.promptsPerLearnerDay.toFixed(2)],
  ['messages/learner/day', (s) => s.messagesPerLearnerDay.toFixed(2)],
  ['answers', (s) => String(s.answers)],
  ['accuracy', (s) => percent(s.accuracy)],
  ['completed', (s) => `${s.completedLearners}/${s.learners}`],
  ['run time', (s) => `${s.seconds.toFixed(0)} s`],
];

/** The comparison table, as Markdown so it can go straight into the README. */
export function summaryTable(runs: RunSummary[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...runs.map((s) => COLUMNS.map(([, f]) => f(s)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

export function daysCsv(runs: Array<{ policy: string; days: DayRecord[] }>): string {
  const header = 'policy,day,date,prompts,messages,answers,right,accuracy,mean_recall';
  const rows = runs.flatMap(({ policy, days }) =>
    days.map((d) =>
      [
        policy,
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

/** Results only (no run time), so two runs with one seed compare equal. */
export function summaryCsv(runs: RunSummary[]): string {
  const header =
    'policy,learners,days,final_recall,recall_after_30_days,prompts_per_learner_day,' +
    'messages_per_learner_day,prompts,answers,accuracy,introduced,completed_learners';
  const rows = runs.map((s) =>
    [
      s.policy,
      s.learners,
      s.days,
      s.finalRecall.toFixed(4),
      s.recallAfter30Days.toFixed(4),
      s.promptsPerLearnerDay.toFixed(4),
      s.messagesPerLearnerDay.toFixed(4),
      s.prompts,
      s.answers,
      s.accuracy.toFixed(4),
      s.introduced,
      s.completedLearners,
    ].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}
