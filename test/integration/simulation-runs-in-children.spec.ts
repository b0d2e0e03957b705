import { runInChildren } from '../../scripts/simulate/run-pool';
import { runOne, RunSpec } from '../../scripts/simulate/run-spec';

const spec = (policy: string, seed: string): RunSpec => ({
  policy,
  seed,
  learnerModel: 'act-r',
  maxReviewsPerDay: 2,
  learners: 2,
  days: 3,
  startDate: '2026-03-02',
  timezone: 'Asia/Shanghai',
  databaseUrl: 'sqlite::memory:',
  contentDir: './content',
});

/** Several runs go to child processes, each with its own in-memory SQLite database. */
describe('simulation runs in child processes', () => {
  it('give what the same run gives in this process, in the order asked, with a line per run', async () => {
    const specs = [spec('fsrs', '7'), spec('qstream', '7')];
    const lines: string[] = [];
    const runs = await runInChildren(specs, 2, (line) => lines.push(line));
    expect(runs.map((r) => r.summary.policy)).toEqual(['fsrs', 'qstream']);
    const here = await runOne(specs[1]);
    expect({ ...runs[1].summary, seconds: 0 }).toEqual({ ...here.summary, seconds: 0 });
    expect(runs[1].days).toEqual(here.days);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/\[1\/2\] .* seed 7 cap 2: recall .*; ETA/);
  }, 300_000);

  it('fail with the run named when a child fails', async () => {
    const broken = { ...spec('fsrs', '7'), contentDir: './no-such-content' };
    await expect(runInChildren([broken], 1, () => undefined)).rejects.toThrow(
      /fsrs seed 7 cap 2 failed \(exit 1\)/,
    );
  }, 300_000);
});
