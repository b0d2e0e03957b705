import type { MessageCatalog } from './message-catalog';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

const letterRange = (choiceLetters: readonly string[]): string =>
  choiceLetters.length <= 2
    ? choiceLetters.join(' 或 ')
    : `${choiceLetters[0]} 到 ${choiceLetters[choiceLetters.length - 1]}`;

// Commands are named in Chinese and English: the parser takes either, whatever the locale.
const COMMANDS = [
  '指令（中英文均可）：',
  '帮助 / help：查看指令说明',
  '进度 / progress：查看学习进度',
  '暂停 / pause：暂停每日推送',
  '继续 / resume：恢复每日推送',
  '时间 HH:MM / time HH:MM：修改每天的学习时间，例如「时间 08:30」',
  '语言 中文 / lang zh：消息改用中文',
  '语言 英文 / lang en：消息改用英文',
  '再来 / more：马上加练一道题',
  '答题时直接回复选项字母即可，例如 B；判断题回复「对」或「错」。',
].join('\n');

export const zh = {
  questionOf: (position, total) => `第 ${position} 题（共 ${total} 题）`,
  hintSingle: (example) => `请回复选项字母，例如 ${example}`,
  hintMultiple: (example) => `多选题：请回复所有正确选项的字母，例如 ${example}`,
  hintTrueFalse: '判断题：请回复「对」或「错」',
  trueWord: '对',
  falseWord: '错',

  dayNumber: (day) => `第 ${day} 天`,
  lessonTitle: (title) => `【${title}】`,
  reviewDay: (count) => `今天是复习日：${count} 道之前学过的题，趁还没忘，再巩固一下。`,
  lessonQuestionsLater:
    '这一课的题目下次学习时再问你：隔一段时间再回忆，记得更牢。先复习之前学过的内容。',
  reminder: (remaining) =>
    remaining === 1
      ? '提醒一下：今天还剩最后 1 道题，花一分钟就能完成。'
      : `提醒一下：今天还有 ${remaining} 道题等你作答，一两分钟就能完成。`,

  gradeRight: '答对了！',
  gradePartial: '答对了一部分。',
  gradeWrong: '这次没答对。',
  correctAnswer: (answer) => `正确答案：${answer}`,
  letterList: (answerLetters) => answerLetters.join('、'),
  explanation: (text) => `解析：${text}`,
  comesBack: (when) => `这道题${when}再来。`,
  daySummary: ({ correct, answered, streakDays, nextSession }) =>
    `今天的练习完成了！答对 ${correct}/${answered} 题` +
    (streakDays > 0 ? `，已连续学习 ${streakDays} 天` : '') +
    `。下次学习：${nextSession}。`,

  tomorrow: '明天',
  inAboutDays: (n) => `大约 ${n} 天后`,
  inAboutWeeks: (n) => `大约 ${n} 周后`,
  inAboutMonths: (n) => `大约 ${n} 个月后`,
  inAboutYears: (n) => `大约 ${n} 年后`,

  todayAt: (hhmm) => `今天 ${hhmm}`,
  tomorrowAt: (hhmm) => `明天 ${hhmm}`,
  weekdayAt: (weekday, hhmm) => `周${WEEKDAYS[weekday - 1]} ${hhmm}`,
  dateAt: (month, day, weekday, hhmm) => `${month}月${day}日（周${WEEKDAYS[weekday - 1]}）${hhmm}`,

  completion: ({ courseTitle, lessons, mastered }) =>
    [
      `恭喜你学完了《${courseTitle}》全部课程！`,
      `${lessons} 节课全部完成，${mastered} 道题已经牢牢掌握。`,
      '感谢这段时间的坚持。接下来，把学到的用在每天的工作中，才是真正的收获。',
      '想回顾学习记录，随时回复「进度」。',
    ].join('\n'),

  welcome: ({ name, courseTitle, deliveryTime }) =>
    [
      `${name ? `${name}，` : ''}你好！欢迎加入《${courseTitle}》。`,
      `每个工作日 ${deliveryTime}，我会发给你一个实用的小知识点和几道小题，每天几分钟就够。`,
      '每道题都会在你快要忘记的时候再出现，帮你把学过的内容真正记牢。',
    ].join('\n'),
  commandList: COMMANDS,
  progressTitle: '你的学习进度',
  progressLessons: (delivered, total) => `课程：已学 ${delivered}/${total} 节`,
  progressAnswers: (answers, pct) => `答题：共 ${answers} 次，正确率 ${pct}%`,
  progressNoAnswers: '答题：还没有答题记录',
  progressStreak: (days) => `连续学习：${days} 天`,
  progressMastered: (count) => `已掌握：${count} 道题`,
  progressDue: (count) => `待复习：${count} 道（回复「再来」可马上练一道）`,
  progressNothingDue: '待复习：暂无，进度都跟上了',
  paused: '已暂停每日推送。想继续学习时，回复「继续」即可。',
  resumed: (next) => `欢迎回来！每日推送已恢复，下次学习：${next}。`,
  timeSet: (hhmm, next) => `好的，每天的学习时间已改为 ${hhmm}。下次学习：${next}。`,
  timeInvalid: '没能识别这个时间，请用 24 小时制，例如「时间 08:30」。',
  languageSet: '好的，之后的消息将使用中文。',
  notAnAnswer: (hint) => `没能识别这个答案。${hint}`,
  pickOne: (choiceLetters, example) =>
    `请回复 ${letterRange(choiceLetters)} 中的一个字母，例如 ${example}。`,
  pickAll: (choiceLetters, example) =>
    `请回复所有正确选项的字母（${letterRange(choiceLetters)}），例如 ${example}。`,
  pickTrueFalse: '请回复「对」或「错」。',
  noOpenPrompt: (next) =>
    `现在没有待回答的题目。下次学习：${next}。想马上加练一道，请回复「再来」。`,
  noOpenPromptSessionToday: (next) =>
    `现在没有待回答的题目。下次学习：${next}，学完后想加练，可以回复「再来」。`,
  noOpenPromptPaused: '现在没有待回答的题目，每日推送也已暂停。想继续学习，请回复「继续」。',
  noSessionScheduled: '现在没有待回答的题目，也没有安排下一次学习。回复「进度」可查看学习记录。',
  languageInvalid: '没能识别要切换的语言。请回复「语言 中文」或「语言 英文」。',
  nothingMore: '目前没有需要加练的题目，你的进度都跟上了。下次学习见！',
  sessionExpired: '那道题已经过期了。别担心，它会在之后的学习中再出现。',
  nonTextHint: '我目前只能读取文字消息。答题请直接回复选项字母，例如 B；查看指令请回复「帮助」。',

  sendYourCode: '你好！请发送 HR 给你的 6 位邀请码，例如「加入 K7P4QX」。',
  codeUnknown: '这个邀请码无效，请核对后重新发送，或联系 HR。',
  codeExpired: '这个邀请码已过期，请联系 HR 重新获取。',
  codeUsed: '这个邀请码已经使用过了。如果你换了微信号，请联系 HR 重新获取。',
  alreadyBound: '你已经加入课程了，无需再发送邀请码。回复「帮助」可查看所有指令。',
} satisfies MessageCatalog;
