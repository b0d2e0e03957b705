import { isDatabaseOutage } from './database-outage';

const withCode = (code: string, extra: object = {}) =>
  Object.assign(new Error(`driver says ${code}`), { code, ...extra });

describe('telling a database outage from a bad statement', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a connection lost mid-query', withCode('PROTOCOL_CONNECTION_LOST', { fatal: true })],
    ['a server with no connection left', withCode('ER_CON_COUNT_ERROR')],
    ['a server shutting down', withCode('ER_SERVER_SHUTDOWN')],
    ['a locked SQLite file', withCode('SQLITE_BUSY')],
    ['a SQLite disk error', withCode('SQLITE_IOERR_SHORT_READ')],
    ['a closed pool', new Error('Pool is closed.')],
    ['a closed SQLite database', new TypeError('The database connection is not open')],
    ['a closed TypeORM pool', new Error('Connection is not established with mysql database')],
    [
      'a closed DataSource',
      Object.assign(new Error('Cannot execute operation'), {
        name: 'CannotExecuteNotConnectedError',
      }),
    ],
    [
      'an outage wrapped by TypeORM',
      Object.assign(new Error('query failed'), {
        name: 'QueryFailedError',
        driverError: withCode('ECONNRESET'),
      }),
    ],
    ['an outage as the cause', new Error('handling failed', { cause: withCode('ETIMEDOUT') })],
  ])('%s is an outage', (_, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ['a duplicate key', withCode('ER_DUP_ENTRY')],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT_UNIQUE')],
    ['a deadlock (retried elsewhere, not a lost server)', withCode('ER_LOCK_DEADLOCK')],
    ['a syntax error', withCode('ER_PARSE_ERROR')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });

  it('stops following a chain of causes that loops', () => {
    const looping: Error & { cause?: unknown } = new Error('loop');
    looping.cause = looping;
    expect(isDatabaseOutage(looping)).toBe(false);
  });
});
