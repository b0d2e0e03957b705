import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  learnerModelName,
  learnerModelSource,
  loadLearnerModel,
} from '../../scripts/simulate/learner-models';

const EXAMPLE = 'scripts/simulate/models/example-model.cjs';
const DAY_MS = 24 * 60 * 60 * 1000;

/** `--learner-model <name|path>`: SPEC §9's plug-in interface. */
describe('learner model plug-ins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'learner-models-'));
  const plugin = (name: string, source: string) => {
    const path = join(dir, name);
    writeFileSync(path, source);
    return path;
  };

  it('loads the example plug-in from a path and drives it through the interface', () => {
    const source = learnerModelSource(EXAMPLE);
    expect(source).toBe(resolve(EXAMPLE));
    expect(learnerModelName(source)).toBe('example-model.cjs');
    const model = loadLearnerModel(source)({ seed: '1', learners: 2 });
    expect(model.recall(0, 'c/l/q', 0)).toBe(0);
    model.study(0, 'c/l/q', 0);
    expect(model.recall(0, 'c/l/q', 4 * DAY_MS)).toBeCloseTo(0.5);
    model.attempt(0, 'c/l/q', 4 * DAY_MS, true);
    expect(model.recall(0, 'c/l/q', 12 * DAY_MS)).toBeCloseTo(0.5);
  });

  it('knows the built-in models by name and refuses an unknown name', () => {
    expect(learnerModelSource('act-r')).toBe('act-r');
    expect(learnerModelName('half-life')).toBe('half-life');
    expect(() => learnerModelSource('sm2')).toThrow(/unknown "sm2"; use half-life, act-r/);
  });

  it('names the file when the path is wrong, the module breaks or lacks createLearnerModel', () => {
    expect(() => learnerModelSource('./no/such-model.cjs')).toThrow(
      `--learner-model: no file ${resolve('no/such-model.cjs')}`,
    );
    const broken = plugin('broken.cjs', 'module.exports = {');
    expect(() => loadLearnerModel(broken)).toThrow(`--learner-model ${broken} failed to load`);
    const empty = plugin('empty.cjs', 'module.exports = { create() {} };');
    expect(() => loadLearnerModel(empty)).toThrow(
      `--learner-model ${empty} does not export a function createLearnerModel`,
    );
  });

  it('refuses a model without the three functions, or a recall that is not a probability', () => {
    const partial = plugin(
      'partial.cjs',
      'module.exports = { createLearnerModel: () => ({ recall: () => 0 }) };',
    );
    expect(() => loadLearnerModel(partial)({ seed: '1', learners: 1 })).toThrow(
      `${partial}: createLearnerModel() must return an object with functions study, recall and attempt; missing study, attempt`,
    );
    const percent = plugin(
      'percent.cjs',
      'module.exports = { createLearnerModel: () => ({ study() {}, attempt() {}, recall: () => 42 }) };',
    );
    const model = loadLearnerModel(percent)({ seed: '1', learners: 1 });
    expect(() => model.recall(0, 'c/l/q', 0)).toThrow(
      `${percent}: recall() gave 42 for c/l/q; expected 0..1`,
    );
  });
});
