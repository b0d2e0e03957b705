import { LOCALES, type Locale, type QuestionType } from '../content/course-model';
import { exampleAnswer, letters } from './answer-letters';
import { catalogs } from './catalogs';
import { lines, paragraphs } from './message-layout';
import type { ProgressView, WelcomeView } from './message-views';

/** The texts of the chat around the quiz: binding, commands and hints. */

export const welcome = (locale: Locale, view: WelcomeView): string =>
  paragraphs(catalogs[locale].welcome(view), catalogs[locale].commandList);

export const help = (locale: Locale): string => catalogs[locale].commandList;

const wholePercent = (pct: number): number =>
  Number.isFinite(pct) ? Math.min(100, Math.max(0, Math.round(pct))) : 0;

export function progress(locale: Locale, view: ProgressView): string {
  const t = catalogs[locale];
  return lines(
    t.progressTitle,
    t.progressLessons(view.lessonsDelivered, view.lessonsTotal),
    view.answers > 0
      ? t.progressAnswers(view.answers, wholePercent(view.accuracyPct))
      : t.progressNoAnswers,
    t.progressStreak(view.streakDays),
    t.progressMastered(view.mastered),
    view.dueNow > 0 ? t.progressDue(view.dueNow) : t.progressNothingDue,
  );
}

export const paused = (locale: Locale): string => catalogs[locale].paused;

export const resumed = (locale: Locale, view: { nextSession: string }): string =>
  catalogs[locale].resumed(view.nextSession);

export const timeSet = (locale: Locale, view: { hhmm: string; nextSession: string }): string =>
  catalogs[locale].timeSet(view.hhmm, view.nextSession);

export const timeInvalid = (locale: Locale): string => catalogs[locale].timeInvalid;

/** Confirms a language change, in the new language. */
export const languageSet = (locale: Locale): string => catalogs[locale].languageSet;

/** A short hint for a reply that does not answer the open prompt; the prompt stays open. */
export function invalidAnswer(
  locale: Locale,
  view: { type: QuestionType; choiceCount: number },
): string {
  const t = catalogs[locale];
  const choiceLetters = letters(Math.max(view.choiceCount, 2));
  const example = exampleAnswer(view.type, choiceLetters.length);
  const hint =
    view.type === 'truefalse'
      ? t.pickTrueFalse
      : view.type === 'multiple'
        ? t.pickAll(choiceLetters, example)
        : t.pickOne(choiceLetters, example);
  return t.notAnAnswer(hint);
}

export const noOpenPrompt = (locale: Locale, view: { nextSession: string }): string =>
  catalogs[locale].noOpenPrompt(view.nextSession);

/** Nothing to answer yet: today's session is still to come, and extra practice follows it. */
export const noOpenPromptSessionToday = (locale: Locale, view: { nextSession: string }): string =>
  catalogs[locale].noOpenPromptSessionToday(view.nextSession);

/** Nothing to answer, and no daily lessons until the learner resumes them. */
export const noOpenPromptPaused = (locale: Locale): string => catalogs[locale].noOpenPromptPaused;

/** Nothing to answer and nothing planned: the course is over or the learner withdrawn. */
export const noSessionScheduled = (locale: Locale): string => catalogs[locale].noSessionScheduled;

/** `lang` with a language the bot does not speak. */
export const languageInvalid = (locale: Locale): string => catalogs[locale].languageInvalid;

/** No card due or soon due for extra practice. */
export const nothingMore = (locale: Locale): string => catalogs[locale].nothingMore;

/** A question of a past day expired; the card stays due and comes back. */
export const sessionExpired = (locale: Locale): string => catalogs[locale].sessionExpired;

/** We only read text: images, voice and stickers get this. */
export const nonTextHint = (locale: Locale): string => catalogs[locale].nonTextHint;

/** `locale` first, then every other language: for contacts whose language we do not know. */
const everyLanguage = (locale: Locale, pick: (l: Locale) => string): string =>
  lines(pick(locale), ...LOCALES.filter((l) => l !== locale).map(pick));

/** For a contact not yet bound: we do not know their language, so both. */
export const sendYourCode = (locale: Locale): string =>
  everyLanguage(locale, (l) => catalogs[l].sendYourCode);

/** A code that matches no learner: still no language known, so both. */
export const codeUnknown = (locale: Locale): string =>
  everyLanguage(locale, (l) => catalogs[l].codeUnknown);

export const codeExpired = (locale: Locale): string => catalogs[locale].codeExpired;

/** Why a code did not bind; a revoked code was replaced by a newer one, so it is just not valid. */
export type CodeProblem = 'unknown' | 'expired' | 'used' | 'revoked';

/** A code that did not work, for a contact whose language is not known yet: every language. */
export function codeProblem(locale: Locale, problem: CodeProblem): string {
  const pick = (l: Locale): string => {
    const t = catalogs[l];
    return {
      unknown: t.codeUnknown,
      revoked: t.codeUnknown,
      expired: t.codeExpired,
      used: t.codeUsed,
    }[problem];
  };
  return everyLanguage(locale, pick);
}

export const codeUsed = (locale: Locale): string => catalogs[locale].codeUsed;

export const alreadyBound = (locale: Locale): string => catalogs[locale].alreadyBound;
