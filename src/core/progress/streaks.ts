/** One daily session of a learner, as a streak sees it. */
export interface SessionMark {
  /** Prompts answered in that session. */
  answered: number;
  /** Still running: today's session, which an answer may yet extend. */
  open: boolean;
}

export interface Streaks {
  /** Answered sessions in a row, up to the latest finished one. */
  current: number;
  longest: number;
}

/**
 * Streaks over a learner's sessions, oldest first. Sessions are held only on session days
 * (the cohort's workdays, holidays off, adjusted working days on), so weekends, holidays,
 * paused weeks and days with nothing due neither extend nor break a streak: only a session
 * sent and left unanswered does. This is the streak the learner sees in the bot's summary.
 */
export function streaksOf(sessions: readonly SessionMark[]): Streaks {
  let current = 0;
  let longest = 0;
  for (const session of sessions) {
    if (session.answered > 0) {
      current += 1;
      longest = Math.max(longest, current);
    } else if (!session.open) {
      current = 0;
    }
  }
  return { current, longest };
}
