import { QuestionType } from '../content/course-model';
import { answerTokens } from './answer-tokens';
import { FALSE_WORDS, LETTER_WORDS, TRUE_WORDS } from './answer-words';
import { normalizeReply } from './normalize-reply';

export interface AnswerPrompt {
  type: QuestionType;
  /** Ignored for truefalse, which always has two positions. */
  choiceCount: number;
}

/**
 * Why a reply is not read as an answer, so the hint can say what to send:
 * - `empty`: nothing visible was sent;
 * - `out-of-range`: a letter or number that is not among the choices ("E" of A-D, "3" to true/false);
 * - `ambiguous`: an answer is named but it cannot be told which ("AC" to a single-choice
 *   prompt, "B is wrong but C is also wrong", "对，错");
 * - `not-an-answer`: nothing that looks like a choice ("hello", "👍", "[Smile]").
 */
export type InvalidReason = 'empty' | 'out-of-range' | 'not-an-answer' | 'ambiguous';

export type ParsedAnswer =
  | {
      kind: 'answer';
      /** Canonical, like the course's answers: `"B"`; multiple sorted `"AC"`; `"true"`/`"false"`. */
      value: string;
    }
  | { kind: 'invalid'; reason: InvalidReason };

/** Longer than any answer with its filler words; longer text is read no further. */
export const MAX_ANSWER_CHARS = 200;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** How one token reads: the choices it names (1-based), a position that does not exist, or a word. */
type Reading =
  { kind: 'choices'; positions: number[] } | { kind: 'out-of-range' } | { kind: 'word' };

const WORD: Reading = { kind: 'word' };
const OUT_OF_RANGE: Reading = { kind: 'out-of-range' };

/**
 * A learner's reply to an open prompt. A letter ("B", "ｂ", "(B)", "选B吧") or its position
 * ("2") names a choice; a single letter for a `multiple` prompt is an answer too (grading
 * decides how right). Anything with other words in it is refused rather than guessed.
 */
export function parseAnswer(text: string, prompt: AnswerPrompt): ParsedAnswer {
  const reply = normalizeReply(text);
  if (reply === '') return invalid('empty');
  if (reply.length > MAX_ANSWER_CHARS) return invalid('not-an-answer');
  const isTrueFalse = prompt.type === 'truefalse';
  const tokens = answerTokens(reply, isTrueFalse);
  if (tokens.length === 0) return invalid('not-an-answer');
  return isTrueFalse ? readTrueFalse(tokens) : readChoices(tokens, prompt);
}

function readChoices(tokens: string[], prompt: AnswerPrompt): ParsedAnswer {
  const readings = tokens.map((token) => readChoiceToken(token, prompt.choiceCount));
  const positions = [
    ...new Set(readings.flatMap((r) => (r.kind === 'choices' ? r.positions : []))),
  ];
  if (readings.some((r) => r.kind === 'word')) {
    return invalid(positions.length > 0 ? 'ambiguous' : 'not-an-answer');
  }
  if (readings.some((r) => r.kind === 'out-of-range')) return invalid('out-of-range');
  if (prompt.type === 'single' && positions.length > 1) return invalid('ambiguous');
  const letters = positions.sort((a, b) => a - b).map((p) => LETTERS[p - 1].toUpperCase());
  return { kind: 'answer', value: letters.join('') };
}

function readChoiceToken(token: string, choiceCount: number): Reading {
  if (/^[a-z]$/.test(token)) return position(LETTERS.indexOf(token) + 1, choiceCount);
  if (/^[0-9]$/.test(token)) return position(Number(token), choiceCount);
  if (/^[a-z]+$/.test(token)) return letterRun(token, choiceCount);
  if (/^[0-9]+$/.test(token)) return digitRun(token, choiceCount);
  return WORD;
}

const position = (p: number, choiceCount: number): Reading =>
  p >= 1 && p <= choiceCount ? { kind: 'choices', positions: [p] } : OUT_OF_RANGE;

/** "ac" is A and C; a run with a repeated letter or one beyond the choices is a word ("hello", "ok"). */
function letterRun(run: string, choiceCount: number): Reading {
  const positions = [...run].map((letter) => LETTERS.indexOf(letter) + 1);
  const letters = new Set(run).size === run.length && positions.every((p) => p <= choiceCount);
  return letters && !LETTER_WORDS.has(run) ? { kind: 'choices', positions } : WORD;
}

/** "13" is 1 and 3, as people type "AC" without a comma; "25" of four choices is out of range. */
function digitRun(run: string, choiceCount: number): Reading {
  const positions = [...run].map(Number);
  const distinct = new Set(run).size === run.length;
  return distinct && positions.every((p) => p >= 1 && p <= choiceCount)
    ? { kind: 'choices', positions }
    : OUT_OF_RANGE;
}

function readTrueFalse(tokens: string[]): ParsedAnswer {
  const readings = tokens.map(readTrueFalseToken);
  const values = new Set(readings.filter((r) => r === 'true' || r === 'false'));
  if (readings.includes('word')) return invalid(values.size > 0 ? 'ambiguous' : 'not-an-answer');
  if (readings.includes('out-of-range')) return invalid('out-of-range');
  if (values.size !== 1) return invalid('ambiguous');
  return { kind: 'answer', value: [...values][0] };
}

function readTrueFalseToken(token: string): 'true' | 'false' | 'out-of-range' | 'word' {
  if (TRUE_WORDS.has(token)) return 'true';
  if (FALSE_WORDS.has(token)) return 'false';
  return /^([a-z]|[0-9]+)$/.test(token) ? 'out-of-range' : 'word';
}

const invalid = (reason: InvalidReason): ParsedAnswer => ({ kind: 'invalid', reason });
