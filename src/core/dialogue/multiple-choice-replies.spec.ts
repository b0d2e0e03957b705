import { InvalidReason, parseAnswer, ParsedAnswer } from './answer-parser';

const FOUR_CHOICES = { type: 'multiple', choiceCount: 4 } as const;
const answer = (value: string): ParsedAnswer => ({ kind: 'answer', value });
const invalid = (reason: InvalidReason): ParsedAnswer => ({ kind: 'invalid', reason });

describe('a reply to a multiple-choice prompt with choices A-D', () => {
  it.each([
    ['letters run together', 'AC', answer('AC')],
    ['lower case', 'ac', answer('AC')],
    ['out of order', 'CA', answer('AC')],
    ['a comma', 'A,C', answer('AC')],
    ['a comma and a space', 'A, C', answer('AC')],
    ['a space, lower case', 'a c', answer('AC')],
    ['an enumeration comma', 'A、C', answer('AC')],
    ['a full-width comma', 'A，C', answer('AC')],
    ['full-width letters and comma', 'Ａ，Ｃ', answer('AC')],
    ['a slash', 'A/C', answer('AC')],
    ['a plus', 'A+C', answer('AC')],
    ['a semicolon', 'A;C', answer('AC')],
    ['English and', 'A and C', answer('AC')],
    ['Chinese 和', 'A和C', answer('AC')],
    ['Chinese 与', 'A与C', answer('AC')],
    ['positions with a comma', '1,3', answer('AC')],
    ['positions with a space', '1 3', answer('AC')],
    ['positions run together', '13', answer('AC')],
    ['a letter and a position', 'A,3', answer('AC')],
    ['each letter in brackets', '(A)(C)', answer('AC')],
    ['three letters with spaces', 'A C D', answer('ACD')],
    ['every choice', 'ABCD', answer('ABCD')],
    ['a letter given twice', 'A C A', answer('AC')],
    ['选 before the letters', '选AC', answer('AC')],
    ['我选 with 和', '我选A和C', answer('AC')],
    ['voice input', '答案是A、C吧', answer('AC')],
    ['English filler and and', 'I choose A and C', answer('AC')],
    ['with a thumbs-up', 'AC👍', answer('AC')],
    ['a single letter, which grading judges', 'B', answer('B')],
    ['a single position', '3', answer('C')],
  ])('%s: %j -> %j', (_, reply, expected) => {
    expect(parseAnswer(reply, FOUR_CHOICES)).toEqual(expected);
  });

  it.each([
    ['nothing', '', invalid('empty')],
    ['a letter beyond the choices in a list', 'A,E', invalid('out-of-range')],
    ['a letter beyond the choices with a space', 'A E', invalid('out-of-range')],
    ['a position beyond the choices', '1,5', invalid('out-of-range')],
    ['letters beyond the choices run together', 'AE', invalid('not-an-answer')],
    ['a word made of choice letters', 'cab', invalid('not-an-answer')],
    ['a complaint starting with B', 'Bad question', invalid('not-an-answer')],
    ['either-or', 'A or C', invalid('ambiguous')],
    ['letters in a sentence', 'A and C, maybe D too', invalid('ambiguous')],
  ])('%s: %j -> %j', (_, reply, expected) => {
    expect(parseAnswer(reply, FOUR_CHOICES)).toEqual(expected);
  });
});
