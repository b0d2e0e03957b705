import type { QuestionType } from '../content/course-model';
import { SeededRandom } from './seeded-random';

/** What sets one synthetic learner apart; drawn from the seed, identical under every policy. */
export interface LearnerTraits {
  /** Multiplies the ease of every question: log-normal around 1. */
  skill: number;
  /** Chance of answering the session on a session day; otherwise nothing that day. */
  diligence: number;
  /** Median minutes from the session's start to the first answer on a day they answer. */
  medianDelayMinutes: number;
}

export interface PopulationParams {
  skillLogSd: number;
  skillRange: readonly [number, number];
  diligenceRange: readonly [number, number];
  medianDelayRange: readonly [number, number];
  /** Log-normal spread of one day's delay around the learner's median. */
  delayLogSd: number;
  /** Answers come before the end of the local day: 09:00 + 14 h. */
  maxDelayMinutes: number;
  /** Chance of a wrong reply although the answer was recalled (a slip of the thumb). */
  slipChance: number;
}

export const POPULATION_DEFAULTS: PopulationParams = {
  skillLogSd: 0.3,
  skillRange: [0.5, 2],
  diligenceRange: [0.4, 1],
  medianDelayRange: [10, 120],
  delayLogSd: 1,
  maxDelayMinutes: 14 * 60,
  slipChance: 0.03,
};

const clamp = (value: number, [min, max]: readonly [number, number]) =>
  Math.min(max, Math.max(min, value));

export function learnerTraits(
  seed: string | number,
  learner: number,
  params: PopulationParams = POPULATION_DEFAULTS,
): LearnerTraits {
  const random = new SeededRandom(seed, 'traits', learner);
  return {
    skill: clamp(Math.exp(params.skillLogSd * random.normal()), params.skillRange),
    diligence: random.between(...params.diligenceRange),
    medianDelayMinutes: random.between(...params.medianDelayRange),
  };
}

/** A question's difficulty in [0, 1), from the seed and its stable global id. */
export function questionDifficulty(seed: string | number, questionKey: string): number {
  return new SeededRandom(seed, 'difficulty', questionKey).next();
}

/** Whether the learner answers today and, if so, how many minutes after the session starts. */
export function attendance(
  traits: LearnerTraits,
  random: SeededRandom,
  params: PopulationParams = POPULATION_DEFAULTS,
): { answers: false } | { answers: true; delayMinutes: number } {
  const answers = random.chance(traits.diligence);
  // Drawn either way, so that every day spends the same draws and a learner's attendance
  // never depends on what happened the day before.
  const delay = traits.medianDelayMinutes * Math.exp(params.delayLogSd * random.normal());
  if (!answers) return { answers: false };
  return { answers: true, delayMinutes: Math.min(params.maxDelayMinutes, Math.max(1, delay)) };
}

export interface AskedQuestion {
  type: QuestionType;
  /** Canonical: "B", "AC", "true". */
  answer: string;
  choiceCount: number;
}

/**
 * The canonical reply of a learner who recalled the answer (or not). Without recall the
 * learner guesses among the replies the question allows, and may guess right; with recall
 * they still slip now and then.
 */
export function replyTo(
  question: AskedQuestion,
  recalled: boolean,
  random: SeededRandom,
  params: PopulationParams = POPULATION_DEFAULTS,
): string {
  if (!recalled) return guess(question, random);
  if (!random.chance(params.slipChance)) return question.answer;
  for (;;) {
    const reply = guess(question, random);
    if (reply !== question.answer) return reply;
  }
}

function guess(question: AskedQuestion, random: SeededRandom): string {
  if (question.type === 'truefalse') return random.chance(0.5) ? 'true' : 'false';
  const letters = 'ABCDE'.slice(0, question.choiceCount);
  if (question.type === 'single') return letters[random.index(letters.length)];
  // Any non-empty set of choices, each set equally likely.
  const mask = 1 + random.index(2 ** letters.length - 1);
  return [...letters].filter((_, i) => mask & (1 << i)).join('');
}
