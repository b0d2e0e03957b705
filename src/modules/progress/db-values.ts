/**
 * Raw query results differ by driver: mysql2 returns Date objects and numeric strings for
 * SUM, better-sqlite3 returns UTC text ('2026-03-02 01:00:00.000') and numbers.
 */
export function dbTimeMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  return Date.parse(`${String(value).replace(' ', 'T')}Z`);
}

export function dbTime(value: unknown): Date | null {
  const ms = dbTimeMs(value);
  return ms === null ? null : new Date(ms);
}

export const dbNumber = (value: unknown): number => Number(value ?? 0);
