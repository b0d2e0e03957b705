/** How a reply was judged: a partly right `multiple` answer is `partial`. */
export type Grade = 'wrong' | 'partial' | 'right';

/** The FSRS rating a grade becomes; `easy` is never given, a learner cannot say "too easy". */
export type ReviewRating = 'again' | 'hard' | 'good';

const RATINGS: Record<Grade, ReviewRating> = {
  wrong: 'again',
  partial: 'hard',
  right: 'good',
};

export function gradeToRating(grade: Grade): ReviewRating {
  return RATINGS[grade];
}
