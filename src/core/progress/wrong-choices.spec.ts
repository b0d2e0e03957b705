import { mostChosenWrong } from './wrong-choices';

describe('the wrong answer chosen most often', () => {
  it('picks the most frequent per question, the first letter on a tie', () => {
    const best = mostChosenWrong([
      { questionId: 1, answer: 'C', count: 3 },
      { questionId: 1, answer: 'A', count: 5 },
      { questionId: 2, answer: 'D', count: 2 },
      { questionId: 2, answer: 'B', count: 2 },
      { questionId: 1, answer: 'AB', count: 1 },
    ]);
    expect(best).toEqual(
      new Map([
        [1, { answer: 'A', count: 5 }],
        [2, { answer: 'B', count: 2 }],
      ]),
    );
  });

  it('names no answer for a question nobody got wrong', () => {
    expect(mostChosenWrong([]).size).toBe(0);
  });
});
