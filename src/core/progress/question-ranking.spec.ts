import { RankedQuestion, worstFirst } from './question-ranking';

const q = (
  name: string,
  firstTryAccuracy: number | null,
  accuracy: number | null,
  timesAnswered: number,
  order: [number, number],
) => ({ name, firstTryAccuracy, accuracy, timesAnswered, order });

describe('question statistics, worst first', () => {
  it('puts the question most often missed at the first try on top, unanswered ones last', () => {
    const questions: Array<RankedQuestion & { name: string }> = [
      q('easy', 1, 1, 9, [0, 0]),
      q('never asked', null, null, 0, [5, 0]),
      q('confusing', 0.2, 0.5, 5, [3, 1]),
      q('tricky', 0.6, 0.7, 5, [1, 0]),
    ];
    expect(questions.sort(worstFirst).map((x) => x.name)).toEqual([
      'confusing',
      'tricky',
      'easy',
      'never asked',
    ]);
  });

  it('breaks ties by overall accuracy, then by the weight of evidence, then by curriculum order', () => {
    const questions = [
      q('later in the course', 0.5, 0.5, 4, [2, 0]),
      q('fewer answers', 0.5, 0.5, 2, [0, 0]),
      q('worse later', 0.5, 0.4, 2, [3, 0]),
      q('earlier in the course', 0.5, 0.5, 4, [1, 1]),
    ];
    expect(questions.sort(worstFirst).map((x) => x.name)).toEqual([
      'worse later',
      'earlier in the course',
      'later in the course',
      'fewer answers',
    ]);
  });
});
