/**
 * Error codes that mean the database cannot be reached right now (as opposed to a bad query):
 * the network, a server restarting or full, a SQLite file locked or unreadable.
 */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
]);

/** TypeORM's errors for a DataSource that is closed or was never connected. */
const OUTAGE_NAMES = new Set(['CannotExecuteNotConnectedError', 'ConnectionIsNotSetError']);

const OUTAGE_MESSAGES = [
  /^Pool is closed/,
  /connection is in closed state/,
  /^Can't write in closed state/,
  /database connection is not open/,
  /^Connection is not established/,
];

/** How deep to follow `driverError` / `cause` links; errors wrap each other a few times at most. */
const MAX_DEPTH = 4;

/**
 * Whether an error says the database is unreachable (so: answer 503, keep the message for
 * later) rather than that a statement is wrong. Looks through TypeORM's `driverError` and
 * `cause` wrappers; needs no driver imports, only the shapes drivers throw.
 */
export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  const { code, name, message, fatal, driverError, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && (OUTAGE_CODES.has(code) || code.startsWith('SQLITE_IOERR'))) {
    return true;
  }
  // mysql2 marks every error that killed its connection as fatal.
  if (fatal === true) return true;
  if (typeof name === 'string' && OUTAGE_NAMES.has(name)) return true;
  if (typeof message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(message))) {
    return true;
  }
  return isDatabaseOutage(driverError, depth + 1) || isDatabaseOutage(cause, depth + 1);
}
