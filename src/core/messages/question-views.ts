import type { Locale, QuestionDef } from '../content/course-model';
import type { FeedbackView, PromptView } from './message-views';
import { localize } from './localized-text';

/** A question of the course as the learner sees it, in their language. */
export function promptViewOf(
  question: QuestionDef,
  place: { position: number; total: number },
  locale: Locale,
  fallback: Locale,
): PromptView {
  return {
    position: place.position,
    total: place.total,
    type: question.type,
    prompt: localize(question.prompt, locale, fallback),
    choices: question.choices.map((c) => localize(c, locale, fallback)),
  };
}

/** The answer part of the feedback to `question`, in the learner's language. */
export function answerViewOf(
  question: QuestionDef,
  locale: Locale,
  fallback: Locale,
): Pick<FeedbackView, 'correctAnswer' | 'correctChoiceTexts' | 'explain'> {
  const rightIndexes = [...question.answer.toUpperCase()]
    .map((letter) => letter.charCodeAt(0) - 65)
    .filter((i) => i >= 0 && i < question.choices.length);
  return {
    correctAnswer: question.answer,
    correctChoiceTexts:
      question.type === 'truefalse'
        ? []
        : rightIndexes.map((i) => localize(question.choices[i], locale, fallback)),
    explain: localize(question.explain, locale, fallback),
  };
}
