import { SeededRandom } from '../simulation/seeded-random';
import { parseAnswer } from './answer-parser';
import { parseCommand, parseUnboundMessage } from './command-parser';
import { isEnrollmentCode, toEnrollmentCode } from './enrollment-code-input';
import { codesInGreeting } from './friend-request-greeting';
import { gradeAnswer } from './grade-answer';
import { normalizeReply } from './normalize-reply';
import { parseTimeOfDay } from './time-of-day';

const SEED = 'reply-fuzz-1';
const STRINGS = 4000;

/** Pieces a learner (or a broken client) might send: every script, width, mark and control. */
const PIECES = [
  'A',
  'b',
  'Ｃ',
  'ｄ',
  '1',
  '２',
  '③',
  '选',
  '选B',
  '是',
  '对',
  '错',
  '不对',
  'true',
  'FALSE',
  '✓',
  '✗',
  '❌',
  '√',
  '×',
  '和',
  '以及',
  'and',
  ',',
  '，',
  '、',
  '。',
  '!',
  '？',
  ' ',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\ud800',
  '\udfff',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇨🇳',
  '[Smile]',
  '[微笑]',
  '「',
  '」',
  '“B”',
  '（A）',
  '(',
  ')',
  'join',
  '加入',
  '进度',
  'progress',
  'help',
  '帮助',
  '暂停',
  'pause',
  '继续',
  'more',
  '再来',
  '08:30',
  '２０：３０',
  '25:99',
  '-1',
  '1e308',
  'NaN',
  'Infinity',
  '0x1F',
  '__proto__',
  'constructor',
  'toString',
  '%s',
  '%n',
  '$&',
  '\\',
  '/',
  '.*',
  '(?:',
  '[[',
  '\\u0041',
  'ＡＢＣ',
  'ａｂ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'K7M2Q9',
  'k7m-2q9',
  '六',
  'Ⅻ',
  'ǅ',
  'ß',
  'İ',
  'ﬁ',
  'é',
  'é',
  '「引用」\n- - - - - - - - - - - - - - -\n',
  '回复 老师：',
  '@Coach ',
];

function randomString(random: SeededRandom): string {
  const shape = random.index(10);
  if (shape === 0) return PIECES[random.index(PIECES.length)].repeat(1 + random.index(5000));
  if (shape === 1) {
    // Any UTF-16 code units, lone surrogates included.
    return String.fromCharCode(
      ...Array.from({ length: random.index(64) }, () => random.index(0x10000)),
    );
  }
  const parts = Array.from({ length: random.index(12) }, () => PIECES[random.index(PIECES.length)]);
  return parts.join(random.chance(0.5) ? '' : ' ');
}

describe('the reply parsers on random text', () => {
  it(`never throw, and always answer in their own terms (seed ${SEED})`, () => {
    const random = new SeededRandom(SEED);
    for (let i = 0; i < STRINGS; i++) {
      const text = randomString(random);
      const where = `string #${i} of seed ${SEED}: ${JSON.stringify(text.slice(0, 80))}`;
      try {
        for (const type of ['single', 'multiple', 'truefalse'] as const) {
          const parsed = parseAnswer(text, { type, choiceCount: 1 + random.index(8) });
          expect(['answer', 'invalid']).toContain(parsed.kind);
          if (parsed.kind === 'answer') {
            expect(['right', 'partial', 'wrong']).toContain(gradeAnswer(parsed.value, 'AC', type));
          }
        }
        expect(typeof normalizeReply(text)).toBe('string');
        parseCommand(text);
        parseUnboundMessage(text);
        isEnrollmentCode(text);
        toEnrollmentCode(text);
        expect(Array.isArray(codesInGreeting(text))).toBe(true);
        parseTimeOfDay(text);
      } catch (error) {
        throw new Error(`${where}: ${String(error)}`, { cause: error });
      }
    }
  });
});
