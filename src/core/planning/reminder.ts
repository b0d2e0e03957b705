import { addDays, instantAt, localDateOf, localMinutesOf, minutesOfDay } from './local-time';

/** Local wall times `HH:MM`; `start` after `end` means the quiet period spans midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '22:00', end: '08:00' };

const HOUR_MS = 60 * 60 * 1000;

/**
 * When the quiet period containing `instant` ends, or null when `instant` is not quiet.
 * Quiet hours include their start and exclude their end; equal start and end mean none.
 */
export function quietUntil(instant: Date, quiet: QuietHours, zone: string): Date | null {
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  const minutes = localMinutesOf(instant, zone);
  const date = localDateOf(instant, zone);
  if (start < end) {
    return minutes >= start && minutes < end ? instantAt(date, quiet.end, zone) : null;
  }
  if (start === end) return null;
  if (minutes >= start) return instantAt(addDays(date, 1), quiet.end, zone);
  return minutes < end ? instantAt(date, quiet.end, zone) : null;
}

export interface ReminderInput {
  startAt: Date;
  expiresAt: Date;
  afterHours: number;
  quietHours: QuietHours;
  zone: string;
}

/**
 * One nudge `afterHours` after the session started. One landing in quiet hours waits for
 * them to end; a nudge after the prompts expired would point at nothing, so there is none.
 */
export function reminderTime(input: ReminderInput): Date | null {
  if (!(input.afterHours >= 0)) {
    throw new RangeError(`reminderAfterHours must be 0 or more, got ${input.afterHours}`);
  }
  const due = new Date(input.startAt.getTime() + input.afterHours * HOUR_MS);
  const reminder = quietUntil(due, input.quietHours, input.zone) ?? due;
  return reminder < input.expiresAt ? reminder : null;
}
