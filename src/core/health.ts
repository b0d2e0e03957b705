/** How one part of the service is doing, as health reports it to anyone. */
export type PartStatus = 'ok' | 'degraded' | 'down';

/**
 * The service as a whole: down when the database is (nothing works without it), degraded
 * when any other part is not ok (the API serves; messages may wait), else ok.
 */
export function overallStatus(
  parts: { database: PartStatus } & Record<string, PartStatus>,
): PartStatus {
  if (parts.database === 'down') return 'down';
  return Object.values(parts).every((status) => status === 'ok') ? 'ok' : 'degraded';
}
