export interface ChoiceCount {
  answer: string;
  count: number;
}

/**
 * The wrong (or partly right) answer chosen most often per question, from one count per
 * question and answer; ties go to the first letter.
 */
export function mostChosenWrong(
  counts: Iterable<ChoiceCount & { questionId: number }>,
): Map<number, ChoiceCount> {
  const best = new Map<number, ChoiceCount>();
  for (const { questionId, answer, count } of counts) {
    const known = best.get(questionId);
    const wins = !known || count > known.count || (count === known.count && answer < known.answer);
    if (wins) best.set(questionId, { answer, count });
  }
  return best;
}
