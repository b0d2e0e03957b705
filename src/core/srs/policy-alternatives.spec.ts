import { CardState, newCardState } from './card-state';
import { Grade } from './grade';
import { FsrsPolicy, SchedulingPolicy } from './policy';
import { FixedIntervalsPolicy } from './policy-fixed';
import { QSTREAM_3_6, QstreamPolicy, RETIRED_DAYS } from './policy-qstream';
import { reviewCard } from './review-card';
import { DAY_MS, FIRST_PROMPT } from './review-history.fixture';

const options = { desiredRetention: 0.9 };

/** Answers a fresh card with `grades`, each a minute after it falls due. */
function intervals(policy: SchedulingPolicy, grades: Grade[]): number[] {
  return answered(
    policy,
    grades.map((grade) => ({ grade })),
  );
}

/** Answers a fresh card, each answer `afterMs` after the previous one or when it falls due. */
function answered(
  policy: SchedulingPolicy,
  answers: Array<{ grade: Grade; afterMs?: number }>,
): number[] {
  let card: CardState = newCardState(FIRST_PROMPT);
  return answers.map(({ grade, afterMs }) => {
    const at =
      afterMs === undefined || card.lastReview === null
        ? card.due.getTime() + 60_000
        : card.lastReview.getTime() + afterMs;
    const result = policy.review(card, grade, new Date(at), options);
    card = result.after;
    return result.intervalDays;
  });
}

describe('scheduling policies behind one interface', () => {
  it('FSRS, the default, is the engine as built', () => {
    const card = newCardState(FIRST_PROMPT);
    const at = new Date(FIRST_PROMPT.getTime() + 60_000);
    expect(new FsrsPolicy().review(card, 'right', at, options)).toEqual(
      reviewCard(card, 'right', at, options),
    );
  });

  it('Qstream (Kerfoot 2012): wrong comes back after 12 days, right after 24', () => {
    expect(intervals(new QstreamPolicy(), ['wrong', 'right', 'wrong', 'wrong'])).toEqual([
      12, 24, 12, 12,
    ]);
  });

  it('Qstream 3-6: wrong comes back after three weeks, right after six', () => {
    const policy = new QstreamPolicy(QSTREAM_3_6);
    expect(policy.name).toBe('qstream-3-6');
    expect(intervals(policy, ['wrong', 'right', 'wrong'])).toEqual([21, 42, 21]);
  });

  it('Qstream: two right answers in a row retire the question; a partly right one breaks the run', () => {
    expect(intervals(new QstreamPolicy(), ['right', 'right'])).toEqual([24, RETIRED_DAYS]);
    expect(intervals(new QstreamPolicy(), ['right', 'partial', 'right', 'right'])).toEqual([
      24,
      12,
      24,
      RETIRED_DAYS,
    ]);
  });

  it('Qstream: a right answer within a day of the previous one does not count to retire', () => {
    const hour = 60 * 60 * 1000;
    const policy = new QstreamPolicy();
    expect(
      answered(policy, [
        { grade: 'right' },
        { grade: 'right', afterMs: 2 * hour },
        { grade: 'right' },
      ]),
    ).toEqual([24, 24, RETIRED_DAYS]);
    expect(
      answered(policy, [
        { grade: 'wrong' },
        { grade: 'right', afterMs: 23 * hour },
        { grade: 'right' },
      ]),
    ).toEqual([12, 24, 24]);
    expect(answered(policy, [{ grade: 'right' }, { grade: 'right', afterMs: 24 * hour }])).toEqual([
      24,
      RETIRED_DAYS,
    ]);
  });

  it('fixed: 1, 3, 7, 14, then every 30 days, whatever the answers', () => {
    const grades: Grade[] = ['wrong', 'right', 'wrong', 'partial', 'right', 'wrong', 'right'];
    expect(intervals(new FixedIntervalsPolicy(), grades)).toEqual([1, 3, 7, 14, 30, 30, 30]);
  });

  it.each([new QstreamPolicy(), new FixedIntervalsPolicy()])(
    '$name: only the due date is the rule; FSRS still estimates the memory',
    (policy) => {
      const card = newCardState(FIRST_PROMPT);
      const at = new Date(FIRST_PROMPT.getTime() + 60_000);
      const result = policy.review(card, 'right', at, options);
      const fsrs = reviewCard(card, 'right', at, options);
      expect(result.after).toMatchObject({
        stability: fsrs.after.stability,
        difficulty: fsrs.after.difficulty,
        reps: 1,
        lastReview: at,
      });
      expect(result.after.due.getTime()).toBe(at.getTime() + result.intervalDays * DAY_MS);
      expect(result.before).toEqual(card);
    },
  );

  it('refuses an answer before the last review, as FSRS does', () => {
    const policy = new QstreamPolicy();
    const at = new Date(FIRST_PROMPT.getTime() + 60_000);
    const { after } = policy.review(newCardState(FIRST_PROMPT), 'right', at, options);
    expect(() => policy.review(after, 'right', FIRST_PROMPT, options)).toThrow(/precedes/);
  });
});
