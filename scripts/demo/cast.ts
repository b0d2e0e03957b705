import type { QuestionType } from '../../src/core/content/course-model';
import { SeededRandom } from '../../src/core/simulation/seeded-random';

/** A simulated learner: how often they answer right, and how often they show up at all. */
export interface Persona {
  externalId: string;
  name: string;
  locale: 'zh' | 'en';
  accuracy: number;
  attendance: number;
}

/** The demo cohort; the first one's chat is the transcript, so it is in English. */
export const CAST: Persona[] = [
  { externalId: 'D001', name: 'Sophie', locale: 'en', accuracy: 0.85, attendance: 1 },
  { externalId: 'D002', name: '王丽', locale: 'zh', accuracy: 0.95, attendance: 1 },
  { externalId: 'D003', name: '陈刚', locale: 'zh', accuracy: 0.7, attendance: 1 },
  { externalId: 'D004', name: '赵敏', locale: 'zh', accuracy: 0.5, attendance: 0.95 },
  { externalId: 'D005', name: '周杰', locale: 'zh', accuracy: 0.8, attendance: 0.5 },
];

const pick = <T>(random: SeededRandom, items: readonly T[]): T => items[random.index(items.length)];

const LETTERS = 'ABCDE';

export interface AskedQuestion {
  type: QuestionType;
  /** As stored: "B", "AC", "true". */
  answer: string;
  choiceCount: number;
}

/** A reply as people type it: "B", "b", "选B", "A、C", "对", "T"; right or not, as told. */
export function reply(
  question: AskedQuestion,
  right: boolean,
  who: Persona,
  random: SeededRandom,
): string {
  if (question.type === 'truefalse') {
    const value = (question.answer === 'true') === right;
    if (who.locale === 'zh')
      return value ? pick(random, ['对', '是', '对的']) : pick(random, ['错', '不对']);
    return value ? pick(random, ['T', 'true', 't']) : pick(random, ['F', 'false', 'f']);
  }
  const letters = right ? question.answer : wrongLetters(question, random);
  if (question.type === 'single')
    return pick(random, ['{}', '{}', '{}.', '选{}']).replace('{}', letters);
  const separator = pick(random, who.locale === 'zh' ? ['', '、', ','] : ['', ',', ' ']);
  return [...letters].join(separator);
}

function wrongLetters(question: AskedQuestion, random: SeededRandom): string {
  const all = LETTERS.slice(0, question.choiceCount);
  const others = [...all].filter((letter) => !question.answer.includes(letter));
  if (question.type === 'single') return pick(random, others);
  // A typical slip on a "choose all": one right letter missed, or one wrong one ticked too.
  const chosen = new Set(question.answer);
  if (others.length > 0 && random.chance(0.5)) chosen.add(pick(random, others));
  else chosen.delete(pick(random, [...chosen]));
  return [...all].filter((letter) => chosen.has(letter)).join('') || pick(random, others);
}

/** What someone types before deciding: not an answer, so the bot hints and waits. */
export const hesitation = (who: Persona): string =>
  who.locale === 'zh' ? '嗯……让我想想' : 'hmm, not sure';
