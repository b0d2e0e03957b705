import { gradeAnswer } from './grade-answer';

describe('grading a multiple-choice answer when A and C are right', () => {
  it.each([
    ['both right letters', 'AC', 'right'],
    ['both, in another order', 'CA', 'right'],
    ['one right letter and nothing wrong', 'A', 'partial'],
    ['the other right letter', 'C', 'partial'],
    ['both right and one wrong', 'ABC', 'partial'],
    ['both right and the other wrong one', 'ACD', 'partial'],
    ['one right and one wrong: a coin toss', 'AB', 'wrong'],
    ['every choice ticked', 'ABCD', 'wrong'],
    ['only a wrong letter', 'B', 'wrong'],
    ['only wrong letters', 'BD', 'wrong'],
  ])('%s (%s) -> %s', (_, value, grade) => {
    expect(gradeAnswer(value, 'AC', 'multiple')).toBe(grade);
  });
});

describe('grading a multiple-choice answer when A, B and C are right', () => {
  it.each([
    ['two of the three', 'AB', 'partial'],
    ['one of the three', 'A', 'partial'],
    ['all three and the wrong one', 'ABCD', 'partial'],
    ['one right and one wrong', 'AD', 'wrong'],
    ['one right and two wrong of five', 'ADE', 'wrong'],
  ])('%s (%s) -> %s', (_, value, grade) => {
    expect(gradeAnswer(value, 'ABC', 'multiple')).toBe(grade);
  });
});

describe('grading single-choice and true/false answers', () => {
  it.each([
    ['B', 'B', 'single', 'right'],
    ['C', 'B', 'single', 'wrong'],
    ['true', 'true', 'truefalse', 'right'],
    ['false', 'true', 'truefalse', 'wrong'],
    ['false', 'false', 'truefalse', 'right'],
  ] as const)('%s against %s (%s) -> %s', (value, correct, type, grade) => {
    expect(gradeAnswer(value, correct, type)).toBe(grade);
  });
});
