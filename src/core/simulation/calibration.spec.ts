import { createActRModel } from './act-r-model';
import { calibrate, CalibrationFigure } from './calibration';
import { createHalfLifeModel } from './half-life-model';

const figures = (figures: CalibrationFigure[]) =>
  Object.fromEntries(figures.map((f) => [f.target.name, f.value]));

/**
 * Each model as calibrated against the literature (README, "Calibration"). These pin the
 * models: a change to either shows here, with the distance to the published figures.
 */
describe('learner models against published forgetting and practice figures', () => {
  it('half-life: meets Ebbinghaus at 6 days; forgets too slowly at 1 day and far too fast by 31', () => {
    const f = figures(calibrate(createHalfLifeModel));
    expect(Math.abs(f['one-reading-6-days'] - 25.4 / 58.2)).toBeLessThan(0.02);
    expect(f['one-reading-1-day']).toBeCloseTo(0.865, 2);
    expect(f['one-reading-31-days']).toBeCloseTo(0.03, 2);
    expect(f['testing-effect-1-week']).toBeCloseTo(1, 2);
    expect(f['spaced-retrieval-1-week']).toBeGreaterThan(1.5);
  });

  it('act-r: meets Ebbinghaus at 6 days, and within 0.11 at 1 and 31 days', () => {
    const f = figures(calibrate(createActRModel));
    expect(Math.abs(f['one-reading-6-days'] - 25.4 / 58.2)).toBeLessThan(0.02);
    expect(Math.abs(f['one-reading-1-day'] - 33.7 / 58.2)).toBeLessThan(0.11);
    expect(Math.abs(f['one-reading-31-days'] - 21.1 / 58.2)).toBeLessThan(0.11);
    expect(f['testing-effect-1-week']).toBeCloseTo(1, 2);
    expect(f['spaced-retrieval-1-week']).toBeGreaterThan(1.1);
  });
});
