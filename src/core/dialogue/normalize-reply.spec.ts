import { normalizeReply } from './normalize-reply';

describe('normalizing what a phone sends', () => {
  it.each([
    ['full-width letter', 'Ｂ', 'B'],
    ['full-width digits', '１２３', '123'],
    ['full-width comma and letters', 'Ａ，Ｃ', 'A,C'],
    ['full-width colon', '时间 ２０：３０', '时间 20:30'],
    ['ideographic space inside', 'time\u300008:30', 'time 08:30'],
    ['runs of whitespace and newlines', '  hello \n\n  world\t', 'hello world'],
    ['zero-width characters', 'A\u200B\u200C\u200DC\u2060\uFEFF', 'AC'],
    ['a soft hyphen and bidi marks', '\u200EB\u00AD\u200F', 'B'],
    ['emoji variation selectors', '✔️', '✔'],
    ['a WeChat quote and its separator', '「Coach: Q2」\n- - - - - - - - - - - - - - -\n B ', 'B'],
    ['a quote line before the reply', '「Coach: Q2」\nB', 'B'],
    ['a quote line after the reply', 'B\n「Coach: Q2」', 'B'],
    ['Chinese corner brackets inside a line stay', '加入「ABC234」', '加入「ABC234」'],
    ['a quote alone stays, there is no reply to keep', '「B」', '「B」'],
    ['a line of three dashes is text, not a separator', 'A\n---\nC', 'A --- C'],
    ['case is kept', 'Join abc234', 'Join abc234'],
  ])('%s: %j -> %j', (_, text, expected) => {
    expect(normalizeReply(text)).toBe(expected);
  });

  it('turns 10,000 full-width characters into 10,000 half-width ones', () => {
    expect(normalizeReply('Ａ'.repeat(10_000))).toBe('A'.repeat(10_000));
  });

  it('takes the reply after the last of 10,000 separator-like lines', () => {
    expect(normalizeReply(`${'- - - - -\n'.repeat(10_000)}C`)).toBe('C');
  });
});
