import { dailySeries, evenSample, meanRecallByDay } from './daily-series';
import { FORGETTING_CURVE } from './recall';

const at = (iso: string) => new Date(iso);
const curve = (days: number, stability: number) =>
  Math.pow(1 + (FORGETTING_CURVE.factor * days) / stability, FORGETTING_CURVE.decay);

describe('a cohort’s daily series', () => {
  it('gives each date its sessions, answers, participation and accuracy, and zeros on empty days', () => {
    const tallies = new Map([
      ['2026-03-02', { sessions: 4, sessionsAnswered: 3, answers: 9, correct: 6 }],
    ]);
    expect(dailySeries(['2026-03-02', '2026-03-03'], tallies, [0.8, null])).toEqual([
      {
        date: '2026-03-02',
        sessions: 4,
        answers: 9,
        learnersAnswering: 3,
        participation: 0.75,
        accuracy: 0.6667,
        meanPredictedRecall: 0.8,
      },
      {
        date: '2026-03-03',
        sessions: 0,
        answers: 0,
        learnersAnswering: 0,
        participation: null,
        accuracy: null,
        meanPredictedRecall: null,
      },
    ]);
  });

  it('predicts recall at each day’s end from the last answer before it; unanswered cards count 0', () => {
    const ends = [
      at('2026-03-02T16:00:00Z'),
      at('2026-03-03T16:00:00Z'),
      at('2026-03-05T16:00:00Z'),
    ];
    const answered = {
      createdAt: at('2026-03-02T01:00:00Z'),
      reviews: [
        { at: at('2026-03-02T02:00:00Z'), stability: 2 },
        { at: at('2026-03-05T02:00:00Z'), stability: 8 },
      ],
    };
    const unanswered = { createdAt: at('2026-03-03T01:00:00Z'), reviews: [] };
    expect(meanRecallByDay([answered, unanswered], ends)).toEqual([
      1,
      Math.round(((curve(1, 2) + 0) / 2) * 10_000) / 10_000,
      0.5,
    ]);
  });

  it('has no recall for days before any card existed', () => {
    const card = { createdAt: at('2026-03-04T00:00:00Z'), reviews: [] };
    expect(meanRecallByDay([card], [at('2026-03-03T16:00:00Z')])).toEqual([null]);
  });

  it('samples learners evenly across the enrolment order, or takes them all', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([...Array(10).keys()], 4)).toEqual([0, 2, 5, 7]);
  });
});
