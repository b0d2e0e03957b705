import {
  FALSE_MARK,
  FALSE_MARKS,
  LEADING_FILLERS,
  LIST_JOINERS,
  TRAILING_PARTICLES,
  TRUE_MARK,
  TRUE_MARKS,
} from './answer-words';

/** Emoji, skin tones, flags and keycap marks: decoration, never an answer ("B👍", "2️⃣"). */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|\p{Emoji_Modifier}|\u{20E3}/gu;

/** WeChat's built-in faces arrive as text: `[Smile]`, `[Thumbs Up]`, `[OK]`, `[微笑]`, `[强]`. */
const STICKER_CODE = /\[(?:[A-Za-z][a-z]+(?: [A-Za-z][a-z]*)*|OK|[\u4e00-\u9fff]{1,4})\]/g;

/** Brackets and quotes around a letter carry no meaning: "(B)", "【B】", "“B”". */
const BRACKETS = /[()[\]{}<>【】「」『』《》〈〉"“”]/g;

/** Dropped rather than spaced, so "it's" and "it’s" both meet the filler "its". */
const APOSTROPHES = /['‘’`]/g;

/** Punctuation that may end or start an answer ("B.", "B!", "B。", "答案：B"). */
const EDGE_PUNCTUATION = new Set([...' .,;:!?~。、…·-']);

/** Characters that separate the letters of a list; everything else is part of a token. */
const TOKEN = /[a-z]+|[0-9]+|[^\sa-z0-9,、;/\\&+.|。!?~…·]+/g;

/**
 * The pieces of a reply that could be an answer: lower-cased letter runs, digit runs and
 * other runs ("对", "不对", "hello"), with decoration, filler words and separators gone.
 * Marks like ✓ and ✗ survive as tokens only when they can be the answer (true/false).
 */
export function answerTokens(reply: string, keepMarks: boolean): string[] {
  const undecorated = withoutDecoration(reply, keepMarks).toLowerCase();
  // Particles first: in "是的" the 是 is the answer only once the 的 is gone.
  const bare = withoutFillers(withoutParticles(trimPunctuation(undecorated)));
  return bare.replace(LIST_JOINERS, ' ').match(TOKEN) ?? [];
}

function withoutDecoration(reply: string, keepMarks: boolean): string {
  return reply
    .replace(TRUE_MARKS, keepMarks ? ` ${TRUE_MARK} ` : ' ')
    .replace(FALSE_MARKS, keepMarks ? ` ${FALSE_MARK} ` : ' ')
    .replace(EMOJI, ' ')
    .replace(STICKER_CODE, ' ')
    .replace(BRACKETS, ' ')
    .replace(APOSTROPHES, '');
}

/** Each filler goes only when something is left, so "是" alone stays a true/false answer. */
function withoutFillers(text: string): string {
  let rest = text;
  for (let found = true; found;) {
    const filler = LEADING_FILLERS.find((f) => rest.startsWith(f) && endsWord(rest, f.length));
    const after = filler === undefined ? '' : trimPunctuation(rest.slice(filler.length));
    found = after !== '';
    if (found) rest = after;
  }
  return rest;
}

function withoutParticles(text: string): string {
  let rest = text;
  for (let found = true; found;) {
    const particle = TRAILING_PARTICLES.find((p) => rest.endsWith(p));
    const before = particle === undefined ? '' : trimPunctuation(rest.slice(0, -particle.length));
    found = before !== '';
    if (found) rest = before;
  }
  return rest;
}

/** An English filler must end at a word's end: "answer" is a filler, "answers" is not. */
function endsWord(text: string, at: number): boolean {
  return !/[a-z]/.test(text.charAt(at - 1)) || !/[a-z]/.test(text.charAt(at));
}

function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.has(text[start])) start++;
  while (end > start && EDGE_PUNCTUATION.has(text[end - 1])) end--;
  return text.slice(start, end);
}
