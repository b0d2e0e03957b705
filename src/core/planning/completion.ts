import { CardState } from '../srs/card-state';
import { isMastered } from '../srs/review-card';

export interface CompletionInput {
  allLessonsDelivered: boolean;
  cards: readonly CardState[];
  masteryDays: number;
}

/**
 * An enrollment is done when nothing is left to teach and nothing is likely to be forgotten
 * soon. Cards alone cannot tell: a learner may master the early lessons long before the last.
 */
export function isComplete({ allLessonsDelivered, cards, masteryDays }: CompletionInput): boolean {
  return allLessonsDelivered && cards.every((card) => isMastered(card, masteryDays));
}

export function everyLessonDelivered(
  curriculum: ReadonlyArray<{ lessonId: number }>,
  deliveredLessonIds: ReadonlySet<number>,
): boolean {
  return curriculum.every((lesson) => deliveredLessonIds.has(lesson.lessonId));
}
