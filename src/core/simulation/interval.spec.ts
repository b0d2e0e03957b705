import { formatInterval, meanInterval, parseSeeds, tQuantile975 } from './interval';

describe('means over seeds with a 95% interval', () => {
  it('uses Student t: five seeds give mean ± 2.776 × sd / √5', () => {
    const values = [0.3, 0.32, 0.28, 0.31, 0.29];
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - 0.3) ** 2, 0) / 4);
    const i = meanInterval(values);
    expect(i.mean).toBeCloseTo(0.3);
    expect(i.high - i.mean).toBeCloseTo((2.776 * sd) / Math.sqrt(5));
    expect(i.mean - i.low).toBeCloseTo(i.high - i.mean);
    expect(formatInterval(i, 1, '%')).toBe('30.0% ± 2.0');
  });

  it('gives no interval for one seed, and refuses no seeds', () => {
    expect(meanInterval([0.5])).toEqual({ mean: 0.5, low: 0.5, high: 0.5, n: 1 });
    expect(formatInterval(meanInterval([2.5]), 2)).toBe('2.50');
    expect(() => meanInterval([])).toThrow(/no values/);
  });

  it('knows t for small samples and approaches 1.96 for large ones', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(4)).toBe(2.776);
    expect(tQuantile975(200)).toBe(2.042);
    expect(() => tQuantile975(0)).toThrow(RangeError);
  });

  it('reads --seeds as a range or a list', () => {
    expect(parseSeeds('1-5')).toEqual(['1', '2', '3', '4', '5']);
    expect(parseSeeds('1,3,7')).toEqual(['1', '3', '7']);
    expect(parseSeeds('42')).toEqual(['42']);
    expect(() => parseSeeds('5-1')).toThrow(/--seeds: "5-1"/);
    expect(() => parseSeeds('1,,2')).toThrow(/--seeds/);
    expect(() => parseSeeds('1,1')).toThrow(/without repeats/);
  });
});
