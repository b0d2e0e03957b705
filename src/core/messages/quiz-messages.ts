import type { Locale } from '../content/course-model';
import type { Grade } from '../srs/grade';
import { exampleAnswer, letters } from './answer-letters';
import { catalogs } from './catalogs';
import { EMOJI, GRADE_EMOJI } from './emoji';
import type { MessageCatalog } from './message-catalog';
import { lines, paragraphs } from './message-layout';
import type {
  CompletionView,
  FeedbackView,
  LessonMessageView,
  PromptView,
  ReminderView,
  ReviewStartView,
  SummaryView,
} from './message-views';
import { formatComesBack } from './time-labels';

function answerHint(t: MessageCatalog, { type, choices }: PromptView): string {
  if (type === 'truefalse') return t.hintTrueFalse;
  const example = exampleAnswer(type, choices.length);
  return type === 'multiple' ? t.hintMultiple(example) : t.hintSingle(example);
}

/** One question: its place in the session, the prompt, lettered choices, how to reply. */
export function renderPrompt(locale: Locale, view: PromptView): string {
  const t = catalogs[locale];
  const choiceLetters = letters(view.choices.length);
  const choiceLines =
    view.type === 'truefalse' ? [] : view.choices.map((c, i) => `${choiceLetters[i]}. ${c.trim()}`);
  return lines(
    t.questionOf(view.position, view.total),
    view.prompt.trim(),
    ...choiceLines,
    answerHint(t, view),
  );
}

function lessonHeading(t: MessageCatalog, view: LessonMessageView): string {
  const context = [view.dayNumber && t.dayNumber(view.dayNumber), view.courseTitle?.trim()]
    .filter(Boolean)
    .join(' · ');
  const title = t.lessonTitle(view.lessonTitle.trim());
  return context ? lines(`${EMOJI.lesson} ${context}`, title) : `${EMOJI.lesson} ${title}`;
}

/** The day's lesson and its first prompt, in one message. */
export function renderLessonMessage(locale: Locale, view: LessonMessageView): string {
  const t = catalogs[locale];
  return paragraphs(
    lessonHeading(t, view),
    view.body.trim(),
    view.firstPrompt && view.questionsLater
      ? `${EMOJI.review} ${t.lessonQuestionsLater}`
      : undefined,
    view.firstPrompt && renderPrompt(locale, view.firstPrompt),
  );
}

/** A day with reviews only: a short opening and the first prompt. */
export function renderReviewStart(locale: Locale, view: ReviewStartView): string {
  const t = catalogs[locale];
  return paragraphs(
    `${EMOJI.review} ${t.reviewDay(view.reviewCount)}`,
    renderPrompt(locale, view.firstPrompt),
  );
}

const gradeWord = (t: MessageCatalog, grade: Grade): string =>
  ({ right: t.gradeRight, partial: t.gradePartial, wrong: t.gradeWrong })[grade];

const isTrueFalseAnswer = (answer: string): boolean => /^(true|false)$/i.test(answer.trim());

/** "Correct answer: C. <text>", or the letters on one line and each right choice below. */
function answerLines(t: MessageCatalog, view: FeedbackView): string[] {
  const answer = view.correctAnswer.trim();
  if (isTrueFalseAnswer(answer)) {
    return [t.correctAnswer(answer.toLowerCase() === 'true' ? t.trueWord : t.falseWord)];
  }
  const answerLetters = [...answer.toUpperCase()].filter((c) => /[A-Z]/.test(c));
  const texts = view.correctChoiceTexts.map((c) => c.trim());
  const choiceLine = (letter: string, i: number): string =>
    texts[i] ? `${letter}. ${texts[i]}` : letter;
  if (answerLetters.length === 1) return [t.correctAnswer(choiceLine(answerLetters[0], 0))];
  const choiceLines = answerLetters.map(choiceLine).filter((_, i) => texts[i]);
  return [t.correctAnswer(t.letterList(answerLetters)), ...choiceLines];
}

/**
 * The verdict, the right answer, the explanation and when the question comes back; then the
 * day's summary and the next prompt, if any: all in one message, ending with the open question.
 */
export function renderFeedback(locale: Locale, view: FeedbackView): string {
  const t = catalogs[locale];
  const explain = view.explain.trim();
  return paragraphs(
    lines(`${GRADE_EMOJI[view.grade]} ${gradeWord(t, view.grade)}`, ...answerLines(t, view)),
    lines(
      explain && t.explanation(explain),
      t.comesBack(formatComesBack(view.comesBackInDays, locale)),
    ),
    view.summary && renderSummary(locale, view.summary),
    view.next && renderPrompt(locale, view.next),
  );
}

/** One line: today's score, the streak, the next session. */
export function renderSummary(locale: Locale, view: SummaryView): string {
  return catalogs[locale].daySummary(view);
}

/** A gentle nudge that repeats the open question. */
export function renderReminder(locale: Locale, view: ReminderView): string {
  const t = catalogs[locale];
  return paragraphs(t.reminder(view.remaining), renderPrompt(locale, view.prompt));
}

export function renderCompletion(locale: Locale, view: CompletionView): string {
  return `${EMOJI.complete} ${catalogs[locale].completion(view)}`;
}
