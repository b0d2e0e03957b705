import { default_w } from 'ts-fsrs';
import { DomainError } from '../errors';
import { evaluateParameters } from './evaluation';
import { cardStride, fitIsBetter, prepareFit } from './fit-plan';
import { holdOutCount, holdOutStart, trainingSequences } from './hold-out';
import { cardHistories, FsrsRating, LoggedReview } from './review-history';

const at = (iso: string) => new Date(iso);
const review = (cardId: number, rating: FsrsRating, iso: string): LoggedReview => ({
  cardId,
  rating,
  reviewedAt: at(iso),
});

describe('a course review log as FSRS sees it', () => {
  it('groups reviews per card, oldest first, with whole UTC days since the previous one', () => {
    const histories = cardHistories([
      review(7, 3, '2026-03-04T01:00:00Z'),
      review(7, 1, '2026-03-02T23:00:00Z'),
      review(8, 3, '2026-03-02T01:00:00Z'),
      review(7, 3, '2026-03-02T01:00:00Z'),
    ]);
    expect(histories.map((h) => h.map((r) => [r.rating, r.deltaDays]))).toEqual([
      [
        [3, 0],
        [1, 0],
        [3, 2],
      ],
      [[3, 0]],
    ]);
  });

  it('holds out the last fifth of review days and trains on what came before', () => {
    // One card reviewed on each of ten consecutive days: days 9 and 10 are the hold-out.
    const log = Array.from({ length: 10 }, (_, day) =>
      review(1, 3, `2026-03-${String(day + 1).padStart(2, '0')}T01:00:00Z`),
    );
    const histories = cardHistories(log);
    const start = holdOutStart(histories);
    expect(start.toISOString()).toBe('2026-03-09T00:00:00.000Z');
    // The first review predicts nothing: days 2-8 train, days 9-10 judge.
    expect(trainingSequences(histories, start).map((s) => s.length)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(holdOutCount(histories, start)).toBe(2);
  });

  it('neither trains on nor judges a repeat on the same day', () => {
    const histories = cardHistories([
      review(1, 3, '2026-03-01T01:00:00Z'),
      review(1, 1, '2026-03-01T05:00:00Z'),
      review(1, 3, '2026-03-03T01:00:00Z'),
    ]);
    expect(trainingSequences(histories, at('2026-03-10T00:00:00Z'))).toHaveLength(1);
  });
});

describe('judging parameters on the hold-out', () => {
  // With w[2] = 1 a first "Good" leaves a stability of exactly one day, and FSRS defines
  // stability as the interval at which recall falls to 90%: the prediction a day later is 0.9.
  const oneDayGood = [...default_w];
  oneDayGood[2] = 1;
  const start = at('2026-03-02T00:00:00Z');

  it('scores a remembered answer predicted at 90% as -ln 0.9, off by 0.1', () => {
    const histories = cardHistories([
      review(1, 3, '2026-03-01T01:00:00Z'),
      review(1, 3, '2026-03-02T01:00:00Z'),
    ]);
    const figures = evaluateParameters(histories, start, oneDayGood);
    expect(figures.reviews).toBe(1);
    expect(figures.logLoss).toBeCloseTo(-Math.log(0.9), 5);
    expect(figures.rmse).toBeCloseTo(0.1, 5);
  });

  it('scores a forgotten answer (Again) predicted at 90% as -ln 0.1, off by 0.9', () => {
    const histories = cardHistories([
      review(1, 3, '2026-03-01T01:00:00Z'),
      review(1, 1, '2026-03-02T01:00:00Z'),
    ]);
    const figures = evaluateParameters(histories, start, oneDayGood);
    expect(figures.logLoss).toBeCloseTo(-Math.log(0.1), 5);
    expect(figures.rmse).toBeCloseTo(0.9, 5);
  });

  it('prefers the parameters whose forgetting matches what learners did', () => {
    // Every learner forgets a "Good" card within a day: parameters that expect that win.
    const log = Array.from({ length: 50 }, (_, card) => [
      review(card, 3, '2026-03-01T01:00:00Z'),
      review(card, card % 10 === 0 ? 3 : 1, '2026-03-02T01:00:00Z'),
    ]).flat();
    const histories = cardHistories(log);
    const fastForgetting = [...default_w];
    fastForgetting[2] = 0.05;
    const fitted = evaluateParameters(histories, start, fastForgetting);
    const defaults = evaluateParameters(histories, start, default_w);
    expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitIsBetter({ defaults, current: null, fitted })).toBe(true);
    // Against a current set that already predicts better, the same fit is not taken.
    expect(fitIsBetter({ defaults, current: { ...fitted, logLoss: 0.01 }, fitted })).toBe(false);
  });
});

describe('preparing a fit', () => {
  it('refuses a log too small to trust, saying how many reviews it found', () => {
    const log = [review(1, 3, '2026-03-01T01:00:00Z'), review(1, 3, '2026-03-03T01:00:00Z')];
    expect(() => prepareFit(log)).toThrow(DomainError);
    expect(() => prepareFit(log)).toThrow(
      /0 training and 1 hold-out reviews; a fit needs at least 500 and 100/,
    );
    expect(() => prepareFit(log.slice(0, 1))).toThrow(/1 reviews on 1 day/);
  });

  it('reads every card of a course up to 20,000 answered cards, else an even sample', () => {
    expect(cardStride(0)).toBe(1);
    expect(cardStride(20_000)).toBe(1);
    expect(cardStride(20_001)).toBe(2);
    expect(cardStride(2_000_000)).toBe(100);
  });

  it('splits a large enough log and counts both parts', () => {
    const log = Array.from({ length: 10 }, (_, day) =>
      review(1, 3, `2026-03-${String(day + 1).padStart(2, '0')}T01:00:00Z`),
    );
    const data = prepareFit(log, { trainingReviews: 7, holdOutReviews: 2 });
    expect(data).toMatchObject({ holdOutReviews: 2, reviewsRead: 10 });
    expect(data.training).toHaveLength(7);
  });
});
