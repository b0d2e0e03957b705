import { guessRate, recallGivenRight } from './guessing';

describe('guessing on multiple-choice questions', () => {
  it('a learner who remembers nothing is right one time in 2, in k, or in 2^k - 1', () => {
    expect(guessRate({ type: 'truefalse', choiceCount: 0 })).toBe(1 / 2);
    expect(guessRate({ type: 'single', choiceCount: 4 })).toBe(1 / 4);
    // Three choices, any non-empty set of them: 7 replies, one right.
    expect(guessRate({ type: 'multiple', choiceCount: 3 })).toBe(1 / 7);
  });

  it('a right answer on a true/false question at 50% recall was recalled two times in three', () => {
    // 0.5 / (0.5 + 0.5 x 0.5)
    expect(recallGivenRight(0.5, 1 / 2)).toBeCloseTo(2 / 3, 10);
  });

  it('the same answer says more on a question with more choices', () => {
    // 0.2 / (0.2 + 0.8 x 0.25) = 0.5 on four choices; 0.2 / (0.2 + 0.8 x 0.5) = 1/3 on two.
    expect(recallGivenRight(0.2, 1 / 4)).toBeCloseTo(0.5, 10);
    expect(recallGivenRight(0.2, 1 / 2)).toBeCloseTo(1 / 3, 10);
  });

  it('is certain where guessing is impossible, and nothing where nothing is remembered', () => {
    expect(recallGivenRight(0.3, 0)).toBe(1);
    expect(recallGivenRight(0, 1 / 4)).toBe(0);
    expect(recallGivenRight(1, 1 / 2)).toBe(1);
  });
});
