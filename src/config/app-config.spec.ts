import { resolve } from 'node:path';
import { AppConfig, ConfigError } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('uses the SPEC defaults when nothing is set', () => {
    const config = AppConfig.fromEnv({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'sqlite', path: './data/spaced-coach.sqlite' });
    expect(config.contentDir).toBe('./content');
    expect(config.defaultTimezone).toBe('Asia/Shanghai');
    expect(config.sendRatePerMinute).toBe(20);
    expect(config.botEnabled).toBe(true);
    expect(config.adminApiKey).toBeUndefined();
    expect(config.refitAfterReviews).toBe(1000);
    expect(config.outboxLeaseMs).toBe(120_000);
    expect(config.botLeaseMs).toBe(60_000);
    expect(config.botAccountsPerInstance).toBe(5);
    expect(config.instanceId).toMatch(new RegExp(`-${process.pid}-[0-9a-f]{8}$`));
    expect(config.instanceId).toBe(config.instanceId);
  });

  it('names the instance and its share of the bot pool as told', () => {
    const config = AppConfig.fromEnv({
      INSTANCE_ID: 'coach-2',
      BOT_LEASE_SECONDS: '30',
      BOT_ACCOUNTS_PER_INSTANCE: '2',
    });
    expect([config.instanceId, config.botLeaseMs, config.botAccountsPerInstance]).toEqual([
      'coach-2',
      30_000,
      2,
    ]);
    expect(problemsOf({ BOT_LEASE_SECONDS: '2', INSTANCE_ID: 'a b' })).toEqual([
      'BOT_LEASE_SECONDS must be a whole number from 5 to 3600 (got "2")',
      'INSTANCE_ID must be 1 to 100 letters, digits or . : @ _ - (got "a b")',
    ]);
  });

  it('reads every variable it is given', () => {
    const config = AppConfig.fromEnv({
      PORT: '8080',
      DATABASE_URL: 'mariadb://coach:pw@db:3306/spaced_coach',
      DEFAULT_TIMEZONE: 'Europe/Berlin',
      SEND_RATE_PER_MINUTE: '12',
      BOT_ENABLED: 'false',
      LOG_LEVEL: 'debug',
      ADMIN_API_KEY: 'a-long-enough-admin-key',
      FSRS_REFIT_AFTER_REVIEWS: '250',
    });
    expect(config.port).toBe(8080);
    expect(config.database).toMatchObject({ type: 'mariadb', database: 'spaced_coach' });
    expect(config.defaultTimezone).toBe('Europe/Berlin');
    expect(config.sendRatePerMinute).toBe(12);
    expect(config.botEnabled).toBe(false);
    expect(config.logLevel).toBe('debug');
    expect(config.adminApiKey).toBe('a-long-enough-admin-key');
    expect(config.refitAfterReviews).toBe(250);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number from 1 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'postgres://x' }, /^DATABASE_URL unsupported scheme "postgres"/],
    [{ DATABASE_URL: 'mysql://host' }, /^DATABASE_URL needs a database name/],
    [{ DATABASE_URL: 'sqlite:' }, /^DATABASE_URL sqlite: needs a file path/],
    [{ DEFAULT_TIMEZONE: 'Mars/Base' }, /^DEFAULT_TIMEZONE must be an IANA timezone/],
    [{ BOT_ENABLED: 'maybe' }, /^BOT_ENABLED must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of error, warn, log, debug, verbose/],
    [{ ADMIN_API_KEY: 'short' }, /^ADMIN_API_KEY must be at least 16 characters/],
    [{ SEND_RATE_PER_MINUTE: '0' }, /^SEND_RATE_PER_MINUTE must be a whole number/],
    [{ FSRS_REFIT_AFTER_REVIEWS: 'many' }, /^FSRS_REFIT_AFTER_REVIEWS must be a whole number/],
    [{ OUTBOX_LEASE_SECONDS: '5' }, /^OUTBOX_LEASE_SECONDS must be a whole number from 8 to 3600/],
  ])('refuses %j with one line naming the variable', (env, expected) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('names every bad variable at once', () => {
    expect(problemsOf({ PORT: 'abc', DEFAULT_TIMEZONE: 'Mars/Base' })).toHaveLength(2);
  });

  it('keeps the inbound spool beside the SQLite file, in ./data/spool on MariaDB, or in SPOOL_DIR', () => {
    expect(AppConfig.fromEnv({ DATABASE_URL: 'sqlite:/srv/coach/db.sqlite' }).spoolDir).toBe(
      '/srv/coach',
    );
    expect(AppConfig.fromEnv({ DATABASE_URL: 'mariadb://u@h/db' }).spoolDir).toBe(
      resolve('data', 'spool'),
    );
    expect(AppConfig.fromEnv({ SPOOL_DIR: '/var/spool/coach' }).spoolDir).toBe('/var/spool/coach');
  });

  it('selects the mysql driver for mysql:// and the mariadb driver for mariadb://', () => {
    expect(AppConfig.fromEnv({ DATABASE_URL: 'mysql://u@h/db' }).database.type).toBe('mysql');
    expect(AppConfig.fromEnv({ DATABASE_URL: 'mariadb://u@h/db' }).database.type).toBe('mariadb');
  });
});
