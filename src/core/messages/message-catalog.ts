import type { CompletionView, SummaryView, WelcomeView } from './message-views';

/**
 * Every word the bot sends, per locale. Both catalogues are typed by this interface, so a
 * text missing from one language is a compile error. Entries are plain strings or small
 * templates; layout (line breaks, emoji, which parts appear) belongs to the renderers.
 */
export interface MessageCatalog {
  // Quiz prompts
  questionOf(position: number, total: number): string;
  hintSingle(example: string): string;
  hintMultiple(example: string): string;
  hintTrueFalse: string;
  trueWord: string;
  falseWord: string;

  // Lesson and review days
  dayNumber(day: number): string;
  lessonTitle(title: string): string;
  reviewDay(count: number): string;
  /** Before the first review, on a day whose lesson is asked in a later session. */
  lessonQuestionsLater: string;
  reminder(remaining: number): string;

  // Feedback
  gradeRight: string;
  gradePartial: string;
  gradeWrong: string;
  correctAnswer(answer: string): string;
  letterList(answerLetters: readonly string[]): string;
  explanation(text: string): string;
  comesBack(when: string): string;
  daySummary(view: SummaryView): string;

  // How far away: formatComesBack
  tomorrow: string;
  inAboutDays(n: number): string;
  inAboutWeeks(n: number): string;
  inAboutMonths(n: number): string;
  inAboutYears(n: number): string;

  // When the next session is: formatNextSession (weekday 1 = Monday ... 7 = Sunday)
  todayAt(hhmm: string): string;
  tomorrowAt(hhmm: string): string;
  weekdayAt(weekday: number, hhmm: string): string;
  dateAt(month: number, day: number, weekday: number, hhmm: string): string;

  // Course completed
  completion(view: CompletionView): string;

  // Commands and chat housekeeping
  welcome(view: WelcomeView): string;
  commandList: string;
  progressTitle: string;
  progressLessons(delivered: number, total: number): string;
  progressAnswers(answers: number, accuracyPct: number): string;
  progressNoAnswers: string;
  progressStreak(days: number): string;
  progressMastered(count: number): string;
  progressDue(count: number): string;
  progressNothingDue: string;
  paused: string;
  resumed(nextSession: string): string;
  timeSet(hhmm: string, nextSession: string): string;
  timeInvalid: string;
  languageSet: string;
  notAnAnswer(hint: string): string;
  pickOne(choiceLetters: readonly string[], example: string): string;
  pickAll(choiceLetters: readonly string[], example: string): string;
  pickTrueFalse: string;
  noOpenPrompt(nextSession: string): string;
  noOpenPromptSessionToday(nextSession: string): string;
  noOpenPromptPaused: string;
  noSessionScheduled: string;
  languageInvalid: string;
  nothingMore: string;
  sessionExpired: string;
  nonTextHint: string;

  // Binding a WeChat contact
  sendYourCode: string;
  codeUnknown: string;
  codeExpired: string;
  codeUsed: string;
  alreadyBound: string;
}
