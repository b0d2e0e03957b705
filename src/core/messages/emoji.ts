import type { Grade } from '../srs/grade';

/**
 * The only emoji the bot uses, shared by every locale so the chat looks the same in both
 * languages; a few, each with one meaning.
 */
export const EMOJI = {
  lesson: '📘',
  review: '🔁',
  complete: '🎉',
} as const;

export const GRADE_EMOJI: Record<Grade, string> = {
  right: '✅',
  partial: '🟡',
  wrong: '❌',
};
