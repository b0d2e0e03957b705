import { meanOf, summarize } from './run-summary';
import { SeededRandom } from './seeded-random';
import { attendance, learnerTraits, questionDifficulty, replyTo } from './synthetic-learner';

const draws = (random: SeededRandom, n = 5) => Array.from({ length: n }, () => random.next());

describe('seeded synthetic learners', () => {
  it('draw the same numbers from the same seed and labels, and different ones otherwise', () => {
    expect(draws(new SeededRandom(42, 'days', 7))).toEqual(draws(new SeededRandom(42, 'days', 7)));
    expect(draws(new SeededRandom(42, 'days', 7))).not.toEqual(
      draws(new SeededRandom(42, 'days', 8)),
    );
    expect(draws(new SeededRandom(42, 'days', 7))).not.toEqual(
      draws(new SeededRandom(43, 'days', 7)),
    );
  });

  it('stay in [0, 1) and spread evenly', () => {
    const values = draws(new SeededRandom('spread'), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(meanOf(values, (v) => v)).toBeCloseTo(0.5, 1);
  });

  it('are the same people under every policy: traits and difficulties come from the seed alone', () => {
    expect(learnerTraits('s', 3)).toEqual(learnerTraits('s', 3));
    expect(learnerTraits('s', 3)).not.toEqual(learnerTraits('s', 4));
    expect(questionDifficulty('s', 'course/lesson/q1')).toBe(
      questionDifficulty('s', 'course/lesson/q1'),
    );
  });

  it('differ in skill and diligence within the documented ranges', () => {
    const people = Array.from({ length: 500 }, (_, i) => learnerTraits('population', i));
    for (const p of people) {
      expect(p.skill).toBeGreaterThanOrEqual(0.5);
      expect(p.skill).toBeLessThanOrEqual(2);
      expect(p.diligence).toBeGreaterThanOrEqual(0.4);
      expect(p.diligence).toBeLessThan(1);
    }
    expect(new Set(people.map((p) => p.skill.toFixed(2))).size).toBeGreaterThan(50);
  });

  it('skip about as many days as their diligence says, and answer before the day ends', () => {
    const traits = { skill: 1, diligence: 0.7, medianDelayMinutes: 60 };
    const random = new SeededRandom('attendance');
    const days = Array.from({ length: 2000 }, () => attendance(traits, random));
    expect(days.filter((d) => d.answers).length / days.length).toBeCloseTo(0.7, 1);
    for (const day of days) if (day.answers) expect(day.delayMinutes).toBeLessThanOrEqual(14 * 60);
  });

  it('reply with the answer when they recall it, and guess only replies the question allows', () => {
    const random = new SeededRandom('replies');
    const single = { type: 'single' as const, answer: 'B', choiceCount: 3 };
    const multiple = { type: 'multiple' as const, answer: 'AC', choiceCount: 4 };
    const truefalse = { type: 'truefalse' as const, answer: 'true', choiceCount: 0 };
    const recalled = Array.from({ length: 1000 }, () => replyTo(single, true, random));
    expect(recalled.filter((r) => r === 'B').length).toBeGreaterThan(940);
    const guesses = (q: typeof single | typeof multiple | typeof truefalse) =>
      new Set(Array.from({ length: 500 }, () => replyTo(q, false, random)));
    expect(guesses(single)).toEqual(new Set(['A', 'B', 'C']));
    expect(guesses(truefalse)).toEqual(new Set(['true', 'false']));
    expect(guesses(multiple).size).toBe(15);
  });

  it('are summed up per learner and day, a partly right answer counting as not right', () => {
    const day = (n: number, answers: number, right: number) => ({
      day: n,
      date: `2026-03-0${n}`,
      prompts: 10,
      messages: 12,
      answers,
      right,
      meanRecall: 0.5,
    });
    const totals = {
      policy: 'fsrs',
      seed: '1',
      learnerModel: 'half-life',
      maxReviewsPerDay: 5,
      learners: 5,
      recallEnd: 0.3,
      recallEndRead: 0.4,
      recallEndUnread: 0,
      readShare: 0.75,
      finalRecall: 0.4,
      recallAfter30Days: 0.2,
      introduced: 15,
      completedLearners: 0,
      seconds: 1,
    };
    expect(summarize([day(1, 8, 6), day(2, 2, 0)], totals)).toMatchObject({
      days: 2,
      prompts: 20,
      answers: 10,
      accuracy: 0.6,
      promptsPerLearnerDay: 2,
      messagesPerLearnerDay: 2.4,
    });
  });
});
