/**
 * A chat message kept on local disk while the database cannot be reached: what the dialogue
 * needs to handle it later, no more. One JSON object per line, so a write cut short by a
 * crash leaves at most a torn last line, which is dropped.
 */
export interface SpoolRecord {
  /** The pool account that received it; absent (older spools) or null: the default account. */
  accountId?: number | null;
  messageId: string;
  contactId: string;
  contactAlias: string | null;
  text: string;
  isText: boolean;
  /** When the bot received it (ISO 8601). */
  receivedAt: string;
  /**
   * Its handling had begun when the database went away: the record of the message in
   * `inbound_messages` may be stale and is dropped before the message is handled again.
   */
  interrupted: boolean;
}

export interface ParsedSpool {
  records: SpoolRecord[];
  /** Lines that are not records (not counting a torn last line): skipped, and worth a log line. */
  damaged: number;
  /** Whether the last line was cut short by a crash. */
  torn: boolean;
}

/** Longer texts are cut: no answer or command is anywhere near this long. */
export const MAX_SPOOLED_TEXT = 4000;

export function formatRecord(record: SpoolRecord): string {
  return `${JSON.stringify({ ...record, text: record.text.slice(0, MAX_SPOOLED_TEXT) })}\n`;
}

export function formatRecords(records: readonly SpoolRecord[]): string {
  return records.map(formatRecord).join('');
}

/** Reads a spool file's text; every complete line that is a record, in order. */
export function parseSpool(text: string): ParsedSpool {
  const lines = text.split('\n');
  // The text after the last newline is a write that never finished (or nothing at all).
  const tail = lines.pop() ?? '';
  const records: SpoolRecord[] = [];
  let damaged = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (record) records.push(record);
    else damaged += 1;
  }
  return { records, damaged, torn: tail.trim() !== '' };
}

function parseRecord(line: string): SpoolRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is SpoolRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.accountId === undefined || v.accountId === null || Number.isInteger(v.accountId)) &&
    typeof v.messageId === 'string' &&
    v.messageId !== '' &&
    typeof v.contactId === 'string' &&
    (v.contactAlias === null || typeof v.contactAlias === 'string') &&
    typeof v.text === 'string' &&
    typeof v.isText === 'boolean' &&
    typeof v.receivedAt === 'string' &&
    typeof v.interrupted === 'boolean'
  );
}
