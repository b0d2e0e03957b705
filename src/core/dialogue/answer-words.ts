/**
 * The words around an answer that people type or dictate ("我选B吧", "I think it's C"),
 * and the words that are an answer to a true/false prompt. All lower case: the reply is
 * lower-cased before it is compared.
 */

/**
 * Stripped from the front, longest first, as often as they occur ("我觉得答案是B").
 * Apostrophes are gone by now, hence "its" and "id say".
 */
export const LEADING_FILLERS: readonly string[] = [
  '我的答案是',
  '我的答案',
  '答案应该是',
  '答案是',
  '答案为',
  '答案',
  '我选择',
  '我选',
  '选择',
  '选项',
  '选',
  '我觉得应该是',
  '我觉得是',
  '我觉得',
  '我认为是',
  '我认为',
  '应该是',
  '应该选',
  '应该',
  '可能是',
  '大概是',
  '我猜是',
  '我猜',
  '好的',
  '嗯',
  '呃',
  '是',
  'my answer is',
  'my answer',
  'the answer is',
  'answer is',
  'answer',
  'i choose',
  'i pick',
  'i select',
  'id say',
  'i think its',
  'i think it is',
  'i think',
  'its',
  'it is',
  'option',
  'choice',
  'maybe',
  'ok',
  'okay',
  'hmm',
  'emm',
].sort((a, b) => b.length - a.length);

/** Sentence-final particles of spoken Chinese, which voice input writes out ("b吧", "对的"). */
export const TRAILING_PARTICLES: readonly string[] = [
  '选项',
  '吧',
  '啊',
  '呀',
  '哦',
  '喔',
  '噢',
  '呢',
  '了',
  '嘛',
  '哈',
  '的',
  '啦',
  '吗',
  '哟',
];

/** Joining words of a list of letters: "A和C", "A and C". */
export const LIST_JOINERS = /以及|还有|和|与|及|跟|\band\b/g;

/**
 * Runs of distinct letters that are English words, read as words so "bad" or "cab" is not
 * taken for three choices. A learner who meant the letters gets the hint and adds commas.
 */
export const LETTER_WORDS: ReadonlySet<string> = new Set([
  'ace',
  'ache',
  'age',
  'aged',
  'bad',
  'bag',
  'bead',
  'bed',
  'beg',
  'cab',
  'cafe',
  'chef',
  'dab',
  'deaf',
  'each',
  'fab',
  'face',
  'fad',
  'fade',
  'fed',
  'head',
]);

/** Marks people draw for right and wrong, turned into one token each before emoji go. */
export const TRUE_MARKS = /[✓✔✅☑√]/g;
export const FALSE_MARKS = /[✗✘✕✖❌❎×╳]/g;
export const TRUE_MARK = '✓';
export const FALSE_MARK = '✗';

/**
 * A true/false prompt is shown with two positions, so `1`/`2` and `A`/`B` are read as the
 * first (true) and second (false) like a choice; `x` is the cross people type for wrong.
 */
export const TRUE_WORDS: ReadonlySet<string> = new Set([
  't',
  'true',
  'y',
  'yes',
  'right',
  'correct',
  'a',
  '1',
  '对',
  '是',
  '正确',
  '真',
  '没错',
  TRUE_MARK,
]);

export const FALSE_WORDS: ReadonlySet<string> = new Set([
  'f',
  'false',
  'n',
  'no',
  'wrong',
  'incorrect',
  'x',
  'b',
  '2',
  '错',
  '否',
  '错误',
  '不对',
  '不是',
  '不正确',
  '假',
  '不',
  FALSE_MARK,
]);
