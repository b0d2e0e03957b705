import { resolve } from 'node:path';
import { parseSimulateArgs } from '../../scripts/simulate/options';

/** `npm run simulate` flags (SPEC §9): what each means, and a clear error for a bad one. */
describe('simulate command line', () => {
  it('runs fsrs, seed 1, the half-life learners and the cohort default cap unless told', () => {
    expect(parseSimulateArgs([])).toMatchObject({
      policies: ['fsrs'],
      seeds: ['1'],
      learnerModel: 'half-life',
      maxReviewsPerDay: undefined,
      lessonQuestions: 'same-session',
      compare: undefined,
      calibrate: false,
    });
  });

  it('reads seeds, a cap for every policy, a learner model by name or path', () => {
    const command = parseSimulateArgs([
      ...['--seeds', '1-3', '--policy', 'all', '--max-reviews-per-day', '2'],
      ...['--learner-model', 'scripts/simulate/models/example-model.cjs'],
    ]);
    expect(command).toMatchObject({
      seeds: ['1', '2', '3'],
      policies: ['fsrs', 'qstream', 'fixed'],
      maxReviewsPerDay: 2,
      learnerModel: resolve('scripts/simulate/models/example-model.cjs'),
    });
    expect(parseSimulateArgs(['--policy', 'qstream-3-6']).policies).toEqual(['qstream-3-6']);
    expect(parseSimulateArgs(['--lesson-questions', 'next-session']).lessonQuestions).toBe(
      'next-session',
    );
  });

  it('sweeps caps for a comparison at equal budgets, every main policy by default', () => {
    const command = parseSimulateArgs(['--compare', '--caps', '5,1,3', '--budgets', '1.5,2']);
    expect(command.compare).toEqual({ caps: [1, 3, 5], budgets: [1.5, 2] });
    expect(command.policies).toEqual(['fsrs', 'qstream', 'fixed']);
  });

  it.each([
    [['--seed', '1', '--seeds', '1-2'], '--seed and --seeds: give one of them'],
    [['--max-reviews-per-day', '51'], '--max-reviews-per-day must be a whole number from 0 to 50'],
    [['--compare'], '--compare needs --caps'],
    [['--compare', '--caps', '3'], '--caps: give at least two caps'],
    [['--caps', '1,2'], '--caps and --budgets go with --compare'],
    [['--compare', '--caps', '1,2', '--max-reviews-per-day', '2'], 'drop --max-reviews-per-day'],
    [['--compare', '--caps', '1,2', '--budgets', 'x'], '--budgets: "x" is not a positive number'],
    [['--policy', 'sm2'], '--policy: unknown "sm2"'],
    [['--learner-model', 'nope'], '--learner-model: unknown "nope"'],
    [['--jobs', '0'], '--jobs must be a whole number of at least 1'],
    [['--lesson-questions', 'later'], '--lesson-questions must be same-session or next-session'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSimulateArgs(argv)).toThrow(message);
  });
});
