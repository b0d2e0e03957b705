import { newCardState } from '../srs/card-state';
import { answerOnDueDays, FIRST_PROMPT, lastCard } from '../srs/review-history.fixture';
import { everyLessonDelivered, isComplete } from './completion';

describe('completing an enrollment', () => {
  const mastered = lastCard(answerOnDueDays(['right', 'right', 'right', 'right']));
  const shaky = answerOnDueDays(['right', 'wrong'])[1].after;
  const unseen = newCardState(FIRST_PROMPT);

  it.each([
    ['every lesson delivered, every card mastered', true, [mastered, mastered], true],
    ['every lesson delivered, one card still shaky', true, [mastered, shaky], false],
    ['every lesson delivered, one question never answered', true, [mastered, unseen], false],
    ['lessons still to come, though every card so far is mastered', false, [mastered], false],
    ['every lesson delivered, a course without questions', true, [], true],
    ['lessons still to come, no questions', false, [], false],
  ])('%s -> %p', (_, allLessonsDelivered, cards, expected) => {
    expect(isComplete({ allLessonsDelivered, cards, masteryDays: 21 })).toBe(expected);
  });

  it('a lower mastery bar completes sooner', () => {
    const practised = answerOnDueDays(['right', 'right'])[1].after;
    expect(isComplete({ allLessonsDelivered: true, cards: [practised], masteryDays: 21 })).toBe(
      false,
    );
    expect(isComplete({ allLessonsDelivered: true, cards: [practised], masteryDays: 7 })).toBe(
      true,
    );
  });

  it('every lesson counts as delivered only when each live lesson went out', () => {
    const curriculum = [{ lessonId: 1 }, { lessonId: 2 }];
    expect(everyLessonDelivered(curriculum, new Set([1]))).toBe(false);
    expect(everyLessonDelivered(curriculum, new Set([1, 2, 7]))).toBe(true);
  });
});
