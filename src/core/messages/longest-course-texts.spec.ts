import { LOCALES } from '../content/course-model';
import { LONGEST_LESSON, LONGEST_QUESTION } from './messages.fixture';
import { answerViewOf, promptViewOf } from './question-views';
import {
  renderFeedback,
  renderLessonMessage,
  renderReminder,
  renderReviewStart,
} from './quiz-messages';

const WECHAT_LIMIT = 2000;

describe.each(LOCALES)('%s: the longest texts the content rules allow', (locale) => {
  const prompt = promptViewOf(LONGEST_QUESTION, { position: 10, total: 10 }, locale, 'zh');
  const summary = { correct: 10, answered: 10, streakDays: 100, nextSession: 'Mon 16 Feb 09:00' };

  it('the lesson with its first prompt stays well under the limit', () => {
    const text = renderLessonMessage(locale, {
      courseTitle: 'x'.repeat(80),
      lessonTitle: LONGEST_LESSON.title[locale]!,
      body: LONGEST_LESSON.body[locale]!,
      dayNumber: 100,
      firstPrompt: prompt,
    });
    expect(text.length).toBeGreaterThan(1500);
    expect(text.length).toBeLessThan(1750);
  });

  it.each([
    ['three of five choices right: well under the limit', 'ACE', 1750],
    ['every choice right, the extreme case: still under the limit', 'ABCDE', WECHAT_LIMIT],
  ])('feedback of a multiple answer and the next prompt, %s', (_, answer, limit) => {
    const text = renderFeedback(locale, {
      grade: 'partial',
      ...answerViewOf({ ...LONGEST_QUESTION, answer }, locale, 'zh'),
      comesBackInDays: 120,
      next: prompt,
    });
    expect(text.length).toBeLessThan(limit);
  });

  it('the last feedback with the summary stays well under the limit', () => {
    const text = renderFeedback(locale, {
      grade: 'right',
      ...answerViewOf({ ...LONGEST_QUESTION, answer: 'ACE' }, locale, 'zh'),
      comesBackInDays: 120,
      summary,
    });
    expect(text.length).toBeLessThan(1000);
  });

  it('feedback of a single answer with the next prompt stays well under the limit', () => {
    const single = { ...LONGEST_QUESTION, type: 'single' as const, answer: 'C' };
    const text = renderFeedback(locale, {
      grade: 'wrong',
      ...answerViewOf(single, locale, 'zh'),
      comesBackInDays: 1,
      next: prompt,
    });
    expect(text.length).toBeLessThan(1600);
  });

  it('a reminder and a review opening stay well under the limit', () => {
    expect(renderReminder(locale, { remaining: 10, prompt }).length).toBeLessThan(1200);
    expect(renderReviewStart(locale, { reviewCount: 5, firstPrompt: prompt }).length).toBeLessThan(
      1200,
    );
  });
});
