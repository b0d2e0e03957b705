import type { MessageCatalog } from './message-catalog';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const letterRange = (choiceLetters: readonly string[]): string =>
  choiceLetters.length <= 2
    ? choiceLetters.join(' or ')
    : `${choiceLetters[0]} to ${choiceLetters[choiceLetters.length - 1]}`;

// Commands are named in English and Chinese: the parser takes either, whatever the locale.
const COMMANDS = [
  'Commands (English or Chinese):',
  'help / 帮助 — this list',
  'progress / 进度 — your progress so far',
  'pause / 暂停 — pause the daily lessons',
  'resume / 继续 — start them again',
  'time HH:MM / 时间 HH:MM — change your daily time, e.g. “time 08:30”',
  'lang en / 语言 英文 — messages in English',
  'lang zh / 语言 中文 — messages in Chinese',
  'more / 再来 — one extra question now',
  'To answer, just reply with the letter, e.g. B (true/false questions: T or F).',
].join('\n');

export const en = {
  questionOf: (position, total) => `Question ${position} of ${total}`,
  hintSingle: (example) => `Reply with a letter, e.g. ${example}`,
  hintMultiple: (example) => `Choose all that apply, e.g. ${example}`,
  hintTrueFalse: 'Reply T (true) or F (false)',
  trueWord: 'True',
  falseWord: 'False',

  dayNumber: (day) => `Day ${day}`,
  lessonTitle: (title) => title,
  reviewDay: (count) =>
    `Review day: ${plural(count, 'question', 'questions')} from earlier lessons, back just as they start to fade.`,
  lessonQuestionsLater:
    'Questions on this lesson come in your next session: recalling it after a pause makes it stick. First, a review of earlier lessons.',
  reminder: (remaining) =>
    remaining === 1
      ? 'A quick nudge: your last question for today is still waiting.'
      : `A quick nudge: ${remaining} questions are still waiting for you today. It takes a minute or two.`,

  gradeRight: 'Right!',
  gradePartial: 'Partly right.',
  gradeWrong: 'Not quite.',
  correctAnswer: (answer) => `Correct answer: ${answer}`,
  letterList: (answerLetters) => answerLetters.join(', '),
  explanation: (text) => text,
  comesBack: (when) => `This one comes back ${when}.`,
  daySummary: ({ correct, answered, streakDays, nextSession }) =>
    [
      `Done for today: ${correct} of ${answered} right`,
      ...(streakDays > 0 ? [`${streakDays}-day streak`] : []),
      `Next: ${nextSession}`,
    ].join(' · '),

  tomorrow: 'tomorrow',
  inAboutDays: (n) => `in about ${plural(n, 'day', 'days')}`,
  inAboutWeeks: (n) => `in about ${plural(n, 'week', 'weeks')}`,
  inAboutMonths: (n) => `in about ${plural(n, 'month', 'months')}`,
  inAboutYears: (n) => (n === 1 ? 'in about a year' : `in about ${n} years`),

  todayAt: (hhmm) => `today ${hhmm}`,
  tomorrowAt: (hhmm) => `tomorrow ${hhmm}`,
  weekdayAt: (weekday, hhmm) => `${WEEKDAYS[weekday - 1]} ${hhmm}`,
  dateAt: (month, day, weekday, hhmm) =>
    `${WEEKDAYS[weekday - 1]} ${day} ${MONTHS[month - 1]} ${hhmm}`,

  completion: ({ courseTitle, lessons, mastered }) =>
    [
      `You’ve completed “${courseTitle}”!`,
      `All ${plural(lessons, 'lesson', 'lessons')} done, ${plural(mastered, 'question', 'questions')} mastered.`,
      'Thank you for sticking with it. Now put it to work: that is where it really sticks.',
      'Reply “progress” any time to see your record.',
    ].join('\n'),

  welcome: ({ name, courseTitle, deliveryTime }) =>
    [
      `${name ? `Hi ${name}, welcome` : 'Welcome'} to “${courseTitle}”!`,
      `Every working day at ${deliveryTime} I’ll send you one short idea and a few quick questions: a few minutes a day.`,
      'Each question comes back just as you are about to forget it, so what you learn stays.',
    ].join('\n'),
  commandList: COMMANDS,
  progressTitle: 'Your progress',
  progressLessons: (delivered, total) => `Lessons: ${delivered} of ${total}`,
  progressAnswers: (answers, pct) => `Answers: ${answers}, ${pct}% right`,
  progressNoAnswers: 'Answers: none yet',
  progressStreak: (days) => `Streak: ${plural(days, 'day', 'days')}`,
  progressMastered: (count) => `Mastered: ${plural(count, 'question', 'questions')}`,
  progressDue: (count) => `Due for review: ${count} (reply “more” to practise one now)`,
  progressNothingDue: 'Due for review: none, you are up to date',
  paused: 'Paused. No daily lessons until you reply “resume”.',
  resumed: (next) => `Welcome back! Daily lessons are on again. Next session: ${next}.`,
  timeSet: (hhmm, next) => `Done. Your daily time is now ${hhmm}. Next session: ${next}.`,
  timeInvalid: 'I couldn’t read that time. Use the 24-hour clock, e.g. “time 08:30”.',
  languageSet: 'Done. Messages will now come in English.',
  notAnAnswer: (hint) => `I couldn’t read that as an answer. ${hint}`,
  pickOne: (choiceLetters, example) =>
    `Reply with one letter, ${letterRange(choiceLetters)}, e.g. ${example}.`,
  pickAll: (choiceLetters, example) =>
    `Reply with every letter that applies (${letterRange(choiceLetters)}), e.g. ${example}.`,
  pickTrueFalse: 'Reply T (true) or F (false).',
  noOpenPrompt: (next) =>
    `There is no open question right now. Next session: ${next}. Want one now? Reply “more”.`,
  noOpenPromptSessionToday: (next) =>
    `There is no open question right now. Your next session starts ${next}; extra practice is open once it is done.`,
  noOpenPromptPaused:
    'There is no open question right now, and your daily lessons are paused. Reply “resume” to start them again.',
  noSessionScheduled:
    'There is no open question right now, and no session is scheduled. Reply “progress” to see your record.',
  languageInvalid:
    'I couldn’t tell which language you want. Reply “lang en” for English or “lang zh” for Chinese.',
  nothingMore: 'Nothing to practise right now: you are up to date. See you at the next session.',
  sessionExpired:
    'That question was from an earlier day and has expired. No problem: it will come back in a later session.',
  nonTextHint:
    'I can only read text. To answer, reply with a letter, e.g. B; for commands, reply “help”.',

  sendYourCode: 'Hi! Please send the 6-character code you got from HR, e.g. “join K7P4QX”.',
  codeUnknown: 'That code isn’t valid. Please check it and send it again, or ask HR.',
  codeExpired: 'This code has expired. Please ask HR for a new one.',
  codeUsed:
    'This code has already been used. If you have changed WeChat accounts, ask HR for a new code.',
  alreadyBound: 'You are already signed up, no code needed. Reply “help” to see what I can do.',
} satisfies MessageCatalog;
