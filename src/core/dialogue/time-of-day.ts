/**
 * The time a learner asks for with `time …` / `时间 …`, as `HH:MM`, or null. Read:
 * `8:30`, `08:30`, `20:30`, `8.30`, `0830`, `830`, `8` (on the hour), `8:30pm`, `8pm`,
 * `8点`, `8点30`, `8点30分`, `8点半`. Not read, to keep the hint simple: words for the
 * part of the day (`下午3点`, `晚上八点`) and numbers written in characters.
 */
export function parseTimeOfDay(raw: string): string | null {
  const text = raw.toLowerCase().replace(/\s+/g, '');
  const parts = clockParts(text) ?? chineseParts(text);
  if (parts === null) return null;
  const hour = withMeridiem(parts.hour, parts.meridiem);
  if (hour === null || hour > 23 || parts.minute > 59) return null;
  return `${pad(hour)}:${pad(parts.minute)}`;
}

interface TimeParts {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
}

const CLOCK = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/;
const CHINESE = /^(\d{1,2})点(?:(\d{1,2})分?|(半))?$/;

function clockParts(text: string): TimeParts | null {
  const match = CLOCK.exec(text);
  if (match === null) return null;
  const meridiem = match[3] === 'am' || match[3] === 'pm' ? match[3] : undefined;
  return { hour: Number(match[1]), minute: Number(match[2] ?? 0), meridiem };
}

function chineseParts(text: string): TimeParts | null {
  const match = CHINESE.exec(text);
  if (match === null) return null;
  return { hour: Number(match[1]), minute: match[3] ? 30 : Number(match[2] ?? 0) };
}

/** 12am is midnight and 12pm noon; "13pm" or "0am" is a typo, not a time. */
function withMeridiem(hour: number, meridiem: 'am' | 'pm' | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem === 'pm' ? 12 : 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');
