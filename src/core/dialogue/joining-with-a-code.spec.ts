import { parseUnboundMessage } from './command-parser';
import {
  ENROLLMENT_CODE_ALPHABET,
  isEnrollmentCode,
  toEnrollmentCode,
} from './enrollment-code-input';

describe('a message from a contact who has not joined yet', () => {
  it.each([
    ['the code alone', 'ABC234', 'ABC234'],
    ['the code in lower case', 'abc234', 'ABC234'],
    ['the code read in two halves', 'abc 234', 'ABC234'],
    ['the code with a dash', 'ABC-234', 'ABC234'],
    ['the code in full-width characters', 'Ａｂｃ２３４', 'ABC234'],
    ['the code and a full stop', 'ABC234。', 'ABC234'],
    ['join and the code', 'join ABC234', 'ABC234'],
    ['加入 and the code with a dash', '加入 abc-234', 'ABC234'],
    ['six letters that are no command', 'paused', 'PAUSED'],
  ])('%s: %j joins with %s', (_, text, code) => {
    expect(parseUnboundMessage(text)).toEqual({ name: 'join', code });
  });

  it('a join with a mistyped code is a failed join, worth telling the learner', () => {
    expect(parseUnboundMessage('join ABC23')).toEqual({ name: 'join-invalid', raw: 'ABC23' });
  });

  it.each([
    ['a command: six letters of the code alphabet, yet resume', 'resume'],
    ['a command', 'help'],
    ['a greeting', 'hello'],
    ['a Chinese greeting', '你好'],
    ['five characters', 'ABC23'],
    ['seven characters', 'ABC2345'],
    ['an O, which codes never hold', 'ABO234'],
    ['a 1, which codes never hold', 'AB1234'],
    ['a code inside a sentence', '我的邀请码是ABC234'],
    ['nothing', ''],
  ])('%s: %j is no join', (_, text) => {
    expect(parseUnboundMessage(text)).toBeNull();
  });
});

describe('enrolment codes as typed', () => {
  it('use an alphabet without 0, O, 1, I or L', () => {
    expect(ENROLLMENT_CODE_ALPHABET).toHaveLength(31);
    expect(ENROLLMENT_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it.each([
    ['ABC234', true],
    ['ZZ9988', true],
    ['abc234', false],
    ['ABC 234', false],
    ['ABC23', false],
    ['ABCDEFG', false],
    ['ABCDE0', false],
  ])('%j is a code as issued: %p', (s, expected) => {
    expect(isEnrollmentCode(s)).toBe(expected);
  });

  it.each([
    ['abc234', 'ABC234'],
    [' a b c 2 3 4 ', 'ABC234'],
    ['abc—234', 'ABC234'],
    ['abc_234', 'ABC234'],
    ['abcl34', null],
    ['ABC2345', null],
  ])('%j typed is %j', (typed, expected) => {
    expect(toEnrollmentCode(typed)).toBe(expected);
  });
});
