import { MAX_ANSWER_CHARS, parseAnswer } from './answer-parser';
import { parseCommand, parseUnboundMessage } from './command-parser';

const SINGLE = { type: 'single', choiceCount: 4 } as const;
const MULTIPLE = { type: 'multiple', choiceCount: 4 } as const;
const SEPARATOR = '- - - - - - - - - - - - - - -';
const quoting = (quoted: string, reply: string) => `「${quoted}」\n${SEPARATOR}\n${reply}`;

describe('a reply that quotes the prompt (WeChat long-press > Quote)', () => {
  it.each([
    ['the question quoted, then the letter', quoting('Question 2…', 'B'), 'B'],
    [
      'the whole prompt with its choices quoted',
      quoting('Coach：问题2：客户要求降价，你先做什么？\nA. 立即同意\nB. 询问原因\nC. 拒绝', '选B'),
      'B',
    ],
    ['a multiple-choice answer under the quote', quoting('Question 3 (choose all)', 'A、C'), 'AC'],
    [
      'a quote of a quote: the reply follows the last separator',
      quoting(`Coach: ${quoting('Q1', 'A')}`, 'D'),
      'D',
    ],
    ['Windows line ends', `「Question 2」\r\n${SEPARATOR}\r\nc`, 'C'],
    ['a separator drawn with full-width dashes', `「Question 2」\n－ － － － － － －\nB`, 'B'],
    ['the quote on its own line first, no separator', '「Coach: Question 2」\nC', 'C'],
    ['the quote on its own line after the reply', 'C\n「Coach: Question 2」', 'C'],
  ])('%s -> %s', (_, reply, value) => {
    const prompt = value.length > 1 ? MULTIPLE : SINGLE;
    expect(parseAnswer(reply, prompt)).toEqual({ kind: 'answer', value });
  });

  it('a quote with nothing under it is an empty reply', () => {
    expect(parseAnswer(quoting('Question 2', ''), SINGLE)).toEqual({
      kind: 'invalid',
      reason: 'empty',
    });
  });
});

describe('very long messages (10,000 characters) are read once and refused when too long', () => {
  const LONG = 10_000;

  it.each([
    ['the letter after a long run of spaces', `${' '.repeat(LONG - 1)}B`, 'answer', 'B'],
    ['the letter under a long quoted text', quoting('x'.repeat(LONG), 'B'), 'answer', 'B'],
    ['one letter typed 10,000 times', 'B'.repeat(LONG), 'invalid', 'not-an-answer'],
    ['letters and commas', 'A,'.repeat(LONG / 2), 'invalid', 'not-an-answer'],
    ['a pasted article', '选B吧 我觉得是C '.repeat(LONG / 10), 'invalid', 'not-an-answer'],
    ['dashes then a letter on one line', `${'- '.repeat(LONG / 2)}B`, 'invalid', 'not-an-answer'],
    ['emoji', '👍'.repeat(LONG / 2), 'invalid', 'not-an-answer'],
    ['brackets that never close', '['.repeat(LONG), 'invalid', 'not-an-answer'],
    ['separator lines', `${SEPARATOR}\n`.repeat(LONG / 30), 'invalid', 'empty'],
  ])('%s', (_, reply, kind, expected) => {
    const parsed = parseAnswer(reply, SINGLE);
    expect(parsed.kind).toBe(kind);
    expect(parsed.kind === 'answer' ? parsed.value : parsed.reason).toBe(expected);
  });

  it(`reads an answer of up to ${MAX_ANSWER_CHARS} characters, fillers and all`, () => {
    const padded = `选${' '.repeat(MAX_ANSWER_CHARS - 10)}B`;
    expect(parseAnswer(padded, SINGLE)).toEqual({ kind: 'answer', value: 'B' });
  });

  it('is no command and no code', () => {
    expect(parseCommand(`help ${'x'.repeat(LONG)}`)).toBeNull();
    expect(parseCommand(`time ${'8'.repeat(LONG)}`)).toBeNull();
    expect(parseUnboundMessage(`ABC234${' '.repeat(LONG)}x`)).toBeNull();
    expect(parseUnboundMessage('A '.repeat(LONG / 2))).toBeNull();
    expect(parseUnboundMessage(`${'.'.repeat(LONG)}x`)).toBeNull();
    expect(parseCommand(`${'!'.repeat(LONG)}x`)).toBeNull();
  });
});
