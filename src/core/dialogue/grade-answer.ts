import { QuestionType } from '../content/course-model';
import { Grade } from '../srs/grade';

/**
 * How right a parsed answer is against the course's answer (both canonical, see
 * `ParsedAnswer`). For `multiple` the letters are compared as sets, and an answer is
 * `partial` (reviewed as Hard) when it is not right but
 * - names at least one right letter,
 * - names at most one wrong letter,
 * - and names more right letters than wrong ones.
 * So with A and C right: "A" and "ABC" are partial; "AB" is a coin toss and "ABCD" ticks
 * everything, both wrong. Single and true/false answers are right or wrong.
 */
export function gradeAnswer(value: string, correct: string, type: QuestionType): Grade {
  if (type !== 'multiple') return value === correct ? 'right' : 'wrong';
  const chosen = new Set(value.toUpperCase());
  const right = new Set(correct.toUpperCase());
  const hits = [...chosen].filter((letter) => right.has(letter)).length;
  const misses = chosen.size - hits;
  if (misses === 0 && hits === right.size) return 'right';
  return hits >= 1 && misses <= 1 && hits > misses ? 'partial' : 'wrong';
}
