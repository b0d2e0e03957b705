import { codesInGreeting } from './friend-request-greeting';

describe('the codes in a friend request greeting', () => {
  it.each([
    ['the code alone', 'K7P4QX', ['K7P4QX']],
    ['WeChat’s pre-filled greeting and the code', '我是王丽 K7P4QX', ['K7P4QX']],
    ['the code glued to Chinese text', '我的邀请码是K7P4QX谢谢', ['K7P4QX']],
    ['the code in lower case', '我是王丽，邀请码：k7p4qx', ['K7P4QX']],
    ['the code in full-width characters', '邀请码ｋ７ｐ４ｑｘ', ['K7P4QX']],
    ['the code read in two halves', '加入 K7P 4QX', ['K7P4QX']],
    ['the code with a dash', 'code: k7p-4qx', ['K7P4QX']],
    ['join and the code', 'join K7P4QX', ['K7P4QX']],
    ['join and the code in two halves', 'join K7P 4QX', ['K7P4QX']],
    ['an English sentence', 'Hi, I am Wang Li, my code is K7P4QX', ['K7P4QX']],
    [
      'a word of the code alphabet besides the code: both, the one with a digit first',
      'thanks K7P4QX',
      ['K7P4QX', 'THANKS'],
    ],
  ])('%s: %j holds %j', (_, greeting, codes) => {
    expect(codesInGreeting(greeting)).toEqual(codes);
  });

  it.each([
    ['WeChat’s pre-filled greeting alone', '我是王丽'],
    ['nothing', ''],
    ['a code one character short', '我是王丽 K7P4Q'],
    ['a code with a letter codes never hold', 'K7P4QO'],
    ['a greeting with emoji only', '👋😊'],
  ])('%s: %j holds none', (_, greeting) => {
    expect(codesInGreeting(greeting)).toEqual([]);
  });

  it('reads no further than a greeting can be long', () => {
    expect(codesInGreeting(`${'你好'.repeat(5000)} K7P4QX`)).toEqual([]);
  });

  it('returns at most three candidates', () => {
    expect(codesInGreeting('ABC234 BCD345 CDE456 DEF567')).toHaveLength(3);
  });
});
