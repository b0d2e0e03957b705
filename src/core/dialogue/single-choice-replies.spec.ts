import { InvalidReason, parseAnswer, ParsedAnswer } from './answer-parser';

const FOUR_CHOICES = { type: 'single', choiceCount: 4 } as const;
const answer = (value: string): ParsedAnswer => ({ kind: 'answer', value });
const invalid = (reason: InvalidReason): ParsedAnswer => ({ kind: 'invalid', reason });

describe('a reply to a single-choice prompt with choices A-D', () => {
  it.each([
    ['the letter', 'B', answer('B')],
    ['lower case', 'b', answer('B')],
    ['a full-width letter from a Chinese IME', 'Ｂ', answer('B')],
    ['a full-width lower-case letter', 'ｂ', answer('B')],
    ['the position as a digit', '2', answer('B')],
    ['a full-width digit', '２', answer('B')],
    ['a circled digit', '②', answer('B')],
    ['a keycap emoji digit', '2️⃣', answer('B')],
    ['the letter with a full stop', 'B.', answer('B')],
    ['the letter with a closing bracket', 'B)', answer('B')],
    ['the letter in brackets', '(B)', answer('B')],
    ['the letter in full-width brackets', '（B）', answer('B')],
    ['the letter in Chinese square brackets', '【B】', answer('B')],
    ['the letter in curly quotes', '“B”', answer('B')],
    ['选 before the letter', '选B', answer('B')],
    ['选 and a space', '选 B', answer('B')],
    ['我选', '我选B', answer('B')],
    ['我选择 in lower case', '我选择b', answer('B')],
    ['答案 before the letter', '答案B', answer('B')],
    ['答案是', '答案是B', answer('B')],
    ['答案 with a full-width colon', '答案：B', answer('B')],
    ['我的答案是, full-width letter', '我的答案是Ｂ', answer('B')],
    ['spaces around', ' b ', answer('B')],
    ['a tab and a newline around', '\tB\n', answer('B')],
    ['ideographic spaces around a full-width letter', '\u3000Ｂ\u3000', answer('B')],
    ['an exclamation mark', 'B!', answer('B')],
    ['a full-width exclamation mark', 'B！', answer('B')],
    ['a Chinese full stop', 'B。', answer('B')],
    ['a full-width tilde', 'B～', answer('B')],
    ['an ellipsis', 'B…', answer('B')],
    ['a question mark of doubt', 'B?', answer('B')],
    ['voice input with 吧', '选B吧', answer('B')],
    ['lower case with 吧', 'b吧', answer('B')],
    ['voice input: 我觉得是', '我觉得是C', answer('C')],
    ['voice input with fillers at both ends', '我觉得答案是C吧', answer('C')],
    ['应该是', '应该是D', answer('D')],
    ['嗯 first', '嗯，B', answer('B')],
    ['好的 first', '好的，A', answer('A')],
    ['English: I choose', 'I choose B', answer('B')],
    ['English: my answer is', 'my answer is b', answer('B')],
    ['English: the answer is, with a full stop', 'The answer is B.', answer('B')],
    ["English: I think it's", "I think it's B", answer('B')],
    ['English with a curly apostrophe from an iPhone', 'It’s B', answer('B')],
    ['English: option', 'Option B', answer('B')],
    ['English: Answer with a colon', 'Answer: D', answer('D')],
    ['a thumbs-up after the letter', 'B👍', answer('B')],
    ['a thumbs-up before the letter', '👍B', answer('B')],
    ['a thumbs-up with a skin tone', 'B👍🏻', answer('B')],
    ['a smiley after a space', 'C 😊', answer('C')],
    ['a WeChat face code after the letter', 'B[Smile]', answer('B')],
    ['a WeChat [OK] before the letter', '[OK] B', answer('B')],
    ['a Chinese WeChat face code', '[强]A', answer('A')],
    ['a zero-width space pasted after', 'B\u200B', answer('B')],
    ['a byte-order mark before', '\uFEFFB', answer('B')],
    ['the same letter twice', 'B B', answer('B')],
    ['the letter and its own position', 'B2', answer('B')],
  ])('%s: %j -> %j', (_, reply, expected) => {
    expect(parseAnswer(reply, FOUR_CHOICES)).toEqual(expected);
  });

  it.each([
    ['nothing', '', invalid('empty')],
    ['only spaces', '   ', invalid('empty')],
    ['only full-width spaces and newlines', '\u3000\n\u3000', invalid('empty')],
    ['only a zero-width space', '\u200B', invalid('empty')],
    ['a thumbs-up alone', '👍', invalid('not-an-answer')],
    ['laughing faces', '😂😂😂', invalid('not-an-answer')],
    ['a WeChat face code alone', '[Smile]', invalid('not-an-answer')],
    ['a greeting', 'hello', invalid('not-an-answer')],
    ['ok', 'ok', invalid('not-an-answer')],
    ['收到 (got it)', '收到', invalid('not-an-answer')],
    ['an opinion', 'I think it depends', invalid('not-an-answer')],
    ['a complaint starting with B', 'Bad question', invalid('not-an-answer')],
    ['a word made of choice letters', 'bad', invalid('not-an-answer')],
    ['a Chinese complaint', '这题太难了', invalid('not-an-answer')],
    ['不知道', '不知道', invalid('not-an-answer')],
    ['a letter beyond the choices', 'E', invalid('out-of-range')],
    ['a lower-case letter beyond the choices', 'z', invalid('out-of-range')],
    ['a position beyond the choices', '5', invalid('out-of-range')],
    ['zero', '0', invalid('out-of-range')],
    ['选 and a letter beyond the choices', '选E', invalid('out-of-range')],
    ['two letters run together', 'AC', invalid('ambiguous')],
    ['two letters with a space', 'a c', invalid('ambiguous')],
    ['two letters with 和', 'B和C', invalid('ambiguous')],
    ['two positions run together', '13', invalid('ambiguous')],
    ['either-or', 'B or C', invalid('ambiguous')],
    ['either-or in Chinese', 'B或C', invalid('ambiguous')],
    ['a range', 'A-C', invalid('ambiguous')],
    ['two letters in a sentence', 'B is wrong but C is also wrong', invalid('ambiguous')],
    ['a letter with a reason', 'B because the client pays late', invalid('ambiguous')],
    ['a letter and a Chinese word', 'B不确定', invalid('ambiguous')],
  ])('%s: %j -> %j', (_, reply, expected) => {
    expect(parseAnswer(reply, FOUR_CHOICES)).toEqual(expected);
  });

  it('reads the letters a prompt has, however many: E is a choice of five', () => {
    expect(parseAnswer('e', { type: 'single', choiceCount: 5 })).toEqual(answer('E'));
    expect(parseAnswer('C', { type: 'single', choiceCount: 2 })).toEqual(invalid('out-of-range'));
  });
});
