import { InvalidReason, parseAnswer, ParsedAnswer } from './answer-parser';

const TRUE_FALSE = { type: 'truefalse', choiceCount: 2 } as const;
const answer = (value: string): ParsedAnswer => ({ kind: 'answer', value });
const invalid = (reason: InvalidReason): ParsedAnswer => ({ kind: 'invalid', reason });

describe('a reply to a true/false prompt', () => {
  it.each([
    ['T', 'T', 'true'],
    ['lower-case f', 'f', 'false'],
    ['true', 'true', 'true'],
    ['TRUE', 'TRUE', 'true'],
    ['False with a capital', 'False', 'false'],
    ['full-width true', 'ｔｒｕｅ', 'true'],
    ['对', '对', 'true'],
    ['错', '错', 'false'],
    ['是', '是', 'true'],
    ['否', '否', 'false'],
    ['the first position', '1', 'true'],
    ['the second position', '2', 'false'],
    ['full-width 2', '２', 'false'],
    ['the first letter', 'A', 'true'],
    ['the second letter', 'b', 'false'],
    ['正确', '正确', 'true'],
    ['错误', '错误', 'false'],
    ['a tick', '✓', 'true'],
    ['a heavy tick', '✔️', 'true'],
    ['a square-root tick', '√', 'true'],
    ['a green tick emoji', '✅', 'true'],
    ['a ballot cross', '✗', 'false'],
    ['a multiplication sign', '×', 'false'],
    ['a red cross emoji', '❌', 'false'],
    ['a typed x', 'x', 'false'],
    ['yes', 'yes', 'true'],
    ['No with a capital', 'No', 'false'],
    ['Yes!', 'Yes!', 'true'],
    ['Y', 'Y', 'true'],
    ['N', 'N', 'false'],
    ['right', 'right', 'true'],
    ['wrong', 'wrong', 'false'],
    ['对的', '对的', 'true'],
    ['是的', '是的', 'true'],
    ['对吧 (voice)', '对吧', 'true'],
    ['没错 (no mistake = right)', '没错', 'true'],
    ['不对', '不对', 'false'],
    ['不是', '不是', 'false'],
    ['不正确', '不正确', 'false'],
    ['错了', '错了', 'false'],
    ['答案是对', '答案是对', 'true'],
    ['我觉得是错的 (voice)', '我觉得是错的', 'false'],
    ['选对', '选对', 'true'],
    ['I think it is wrong', 'I think it is wrong', 'false'],
    ['a word and its tick', '正确✅', 'true'],
    ['a thumbs-up after 对', '对👍', 'true'],
  ])('%s: %j -> %s', (_, reply, value) => {
    expect(parseAnswer(reply, TRUE_FALSE)).toEqual(answer(value));
  });

  it.each([
    ['nothing', '', invalid('empty')],
    ['both, with a comma', '对，错', invalid('ambiguous')],
    ['both, with a slash', 'T/F', invalid('ambiguous')],
    ['yes and no', 'yes and no', invalid('ambiguous')],
    ['true with a doubt', 'true but wrong', invalid('ambiguous')],
    ['a third letter', 'C', invalid('out-of-range')],
    ['a third position', '3', invalid('out-of-range')],
    ['不知道', '不知道', invalid('not-an-answer')],
    ['maybe', 'maybe', invalid('not-an-answer')],
    ['a thumbs-up alone, which could just mean "seen"', '👍', invalid('not-an-answer')],
  ])('%s: %j -> %j', (_, reply, expected) => {
    expect(parseAnswer(reply, TRUE_FALSE)).toEqual(expected);
  });
});
