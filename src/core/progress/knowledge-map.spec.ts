import { moduleWeeks, weekOf } from './knowledge-map';

describe('the knowledge map by module and week', () => {
  it('counts weeks from the cohort’s start date', () => {
    expect(weekOf('2026-03-02', '2026-03-02')).toBe(0);
    expect(weekOf('2026-03-02', '2026-03-08')).toBe(0);
    expect(weekOf('2026-03-02', '2026-03-09')).toBe(1);
    expect(weekOf('2026-03-02', '2026-02-27')).toBe(0);
  });

  it('sums each module’s answers per week, with no accuracy for a week without answers', () => {
    const moduleOf = new Map([
      [1, 'basics'],
      [2, 'basics'],
      [3, 'practice'],
    ]);
    const cells = moduleWeeks(
      [
        { questionId: 1, localDate: '2026-03-02', answers: 10, correct: 8 },
        { questionId: 2, localDate: '2026-03-06', answers: 10, correct: 5 },
        { questionId: 3, localDate: '2026-03-10', answers: 4, correct: 1 },
        { questionId: 9, localDate: '2026-03-10', answers: 7, correct: 7 },
        { questionId: 1, localDate: '2026-03-30', answers: 3, correct: 3 },
      ],
      moduleOf,
      ['basics', 'practice'],
      '2026-03-02',
      2,
    );
    expect(cells).toEqual([
      { moduleId: 'basics', answers: [20, 0], accuracy: [0.65, null] },
      { moduleId: 'practice', answers: [0, 4], accuracy: [null, 0.25] },
    ]);
  });
});
