import { FSRS, generatorParameters, Rating } from 'ts-fsrs';
import { RecallForecast } from './review-value';

describe('the stabilities a review is valued with', () => {
  const forecast = new RecallForecast();
  const fsrs = new FSRS(generatorParameters());

  it.each([
    [0.5, 3, 5.2],
    [12, 7.5, 1.4],
    [40, 2, 9],
  ])("are FSRS's own next states (%s days after a review, S %s, D %s)", (days, s, d) => {
    const memory = { stability: s, difficulty: d };
    const card = { state: 'review' as const, ...memory, lastReview: new Date('2026-03-01') };
    expect(forecast.stabilitiesAfter(card, days)).toEqual({
      right: fsrs.next_state(memory, days, Rating.Good).stability,
      wrong: fsrs.next_state(memory, days, Rating.Again).stability,
    });
  });
});
