import type { QuestionType } from '../content/course-model';

const LETTER_COUNT = 26;

/** `letters(3)` -> `['A', 'B', 'C']`. */
export function letters(n: number): string[] {
  const count = Math.min(Math.max(Math.floor(n) || 0, 0), LETTER_COUNT);
  return Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
}

/** A reply that would be valid for this question, to show as "e.g.". */
export function exampleAnswer(type: QuestionType, choiceCount: number): string {
  if (type === 'multiple') return choiceCount >= 3 ? 'AC' : 'AB';
  return 'B';
}
