import { localDateOf } from '../planning/local-time';
import { CardState, newCardState } from './card-state';
import { Grade } from './grade';
import { reviewCard } from './review-card';
import { answerOnDueDays, lastCard } from './review-history.fixture';

describe('an answered question never comes back the same day', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC'];
  const grades: Grade[] = ['wrong', 'partial', 'right'];
  const answerTimes = [
    '2026-04-14T16:00:30Z', // 00:00:30 in Shanghai
    '2026-04-15T04:00:00Z', // noon in Shanghai
    '2026-04-15T15:59:59Z', // 23:59:59 in Shanghai
    '2026-04-16T03:59:59Z', // 23:59:59 in New York
  ];
  const cards: Array<[string, (at: Date) => CardState]> = [
    ['new', (at) => newCardState(at)],
    ['lapsed', () => lastCard(answerOnDueDays(['right', 'wrong', 'right']))],
  ];

  it.each(cards)('for a %s card, whatever the grade, time of day or zone', (_, makeCard) => {
    for (const iso of answerTimes) {
      const at = new Date(iso);
      for (const grade of grades) {
        const { after } = reviewCard(makeCard(at), grade, at, { desiredRetention: 0.97 });
        for (const zone of zones) {
          expect(localDateOf(after.due, zone) > localDateOf(at, zone)).toBe(true);
        }
      }
    }
  });
});
