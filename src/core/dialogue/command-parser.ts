import { Locale } from '../content/course-model';
import { toEnrollmentCode } from './enrollment-code-input';
import { normalizeReply } from './normalize-reply';
import { parseTimeOfDay } from './time-of-day';

export type Command =
  | { name: 'help' }
  | { name: 'progress' }
  | { name: 'pause' }
  | { name: 'resume' }
  | { name: 'more' }
  | { name: 'time'; hhmm: string }
  | { name: 'time-invalid'; raw: string }
  | { name: 'lang'; locale: Locale }
  | { name: 'lang-invalid' }
  | { name: 'join'; code: string }
  /** `join` with something that cannot be a code: worth a "check your code" reply. */
  | { name: 'join-invalid'; raw: string };

export type JoinCommand = Extract<Command, { name: 'join' | 'join-invalid' }>;

type WordCommand = Extract<Command, { name: 'help' | 'progress' | 'pause' | 'resume' | 'more' }>;

/** Longer than any command with its argument; longer text is not read as one. */
const MAX_COMMAND_CHARS = 60;

/**
 * Looked up with spaces removed, so "再来 一题" counts too. Maps, not object literals:
 * a learner typing "constructor" must not find Object.prototype's.
 */
const WORD_COMMANDS = new Map(
  Object.entries<WordCommand['name']>({
    help: 'help',
    帮助: 'help',
    '?': 'help',
    progress: 'progress',
    进度: 'progress',
    pause: 'pause',
    暂停: 'pause',
    resume: 'resume',
    继续: 'resume',
    more: 'more',
    再来: 'more',
    再来一题: 'more',
    再来一道: 'more',
  }),
);

type Keyword = 'time' | 'lang' | 'join';

/** Longest first, so "language" is not read as "lang" followed by "uage". */
const KEYWORDS: ReadonlyArray<[string, Keyword]> = [
  ['language', 'lang'],
  ['lang', 'lang'],
  ['语言', 'lang'],
  ['time', 'time'],
  ['时间', 'time'],
  ['join', 'join'],
  ['加入', 'join'],
];

const LOCALE_WORDS = new Map(
  Object.entries<Locale>({
    zh: 'zh',
    cn: 'zh',
    'zh-cn': 'zh',
    chinese: 'zh',
    中文: 'zh',
    汉语: 'zh',
    简体中文: 'zh',
    en: 'en',
    english: 'en',
    英文: 'en',
    英语: 'en',
  }),
);

/**
 * A command in English or Chinese, any case and width, with an optional leading `/`.
 * A bare enrolment code is never a command here: to a bound learner "ABCDEF" may be an
 * answer; see `parseUnboundMessage` for contacts who have not joined yet.
 */
export function parseCommand(text: string): Command | null {
  const reply = normalizeReply(text);
  if (reply === '' || reply.length > MAX_COMMAND_CHARS) return null;
  const body = reply.replace(/^\//, '').trim();
  if (/^\?+$/.test(body)) return { name: 'help' };
  const bare = body.replace(/[.!?。~]+$/, '');
  const word = WORD_COMMANDS.get(bare.replace(/ /g, '').toLowerCase());
  return word === undefined ? keywordCommand(bare) : { name: word };
}

/**
 * A message from a contact who is not bound yet: `join CODE`, `加入 CODE`, or the code
 * alone. Commands win over codes ("resume" is six letters of the code alphabet), and a
 * bare word that cannot be a code is just a message (null), not a failed join.
 */
export function parseUnboundMessage(text: string): JoinCommand | null {
  const command = parseCommand(text);
  if (command !== null) {
    return command.name === 'join' || command.name === 'join-invalid' ? command : null;
  }
  const reply = normalizeReply(text);
  if (reply.length > MAX_COMMAND_CHARS) return null;
  const code = toEnrollmentCode(reply.replace(/[.!。~]+$/, ''));
  return code === null ? null : { name: 'join', code };
}

function keywordCommand(body: string): Command | null {
  const found = splitKeyword(body);
  if (found === null) return null;
  const command = argumentCommand(found.keyword, found.argument);
  // "时间过得真快" and "加入了群聊" start with a keyword but are sentences, not failed commands.
  const sentence = /^\p{Script=Han}/u.test(found.argument) && !found.spaced;
  return sentence && command.name.endsWith('-invalid') ? null : command;
}

function argumentCommand(keyword: Keyword, argument: string): Command {
  switch (keyword) {
    case 'time': {
      const hhmm = parseTimeOfDay(argument);
      return hhmm === null ? { name: 'time-invalid', raw: argument } : { name: 'time', hhmm };
    }
    case 'lang': {
      const locale = LOCALE_WORDS.get(argument.toLowerCase().replace(/[ _]/g, '-'));
      return locale === undefined ? { name: 'lang-invalid' } : { name: 'lang', locale };
    }
    case 'join': {
      const code = toEnrollmentCode(argument);
      return code === null ? { name: 'join-invalid', raw: argument } : { name: 'join', code };
    }
  }
}

interface KeywordSplit {
  keyword: Keyword;
  argument: string;
  /** Whether a space or colon came between keyword and argument. */
  spaced: boolean;
}

/**
 * The keyword and what follows it. Chinese needs no space ("时间20:30", "加入ABC234");
 * an English keyword must end the word, so "timetable" or "joined" is no command.
 */
function splitKeyword(body: string): KeywordSplit | null {
  for (const [word, keyword] of KEYWORDS) {
    if (body.slice(0, word.length).toLowerCase() !== word) continue;
    const rest = body.slice(word.length);
    if (/^[a-z]/.test(word) && /^[a-z0-9]/i.test(rest)) continue;
    const argument = rest.replace(/^[\s:]+/, '');
    return { keyword, argument, spaced: argument.length < rest.length };
  }
  return null;
}
