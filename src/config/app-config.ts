import { plainToInstance } from 'class-transformer';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { validateSync } from 'class-validator';
import { DatabaseTarget, parseDatabaseUrl } from './database-url';
import { EnvSchema, LogLevelName } from './env.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Typed, validated configuration; also the Nest injection token. */
export class AppConfig {
  private madeUpInstanceId: string | undefined;

  private constructor(private readonly env: EnvSchema) {}

  /** Reads SPEC §5's variables; an empty value counts as unset. Throws ConfigError. */
  static fromEnv(source: Record<string, string | undefined>): AppConfig {
    const known = Object.keys(new EnvSchema()).concat('ADMIN_API_KEY', 'SPOOL_DIR', 'INSTANCE_ID');
    const given: Record<string, string> = {};
    for (const key of known) {
      const value = source[key];
      if (value !== undefined && value !== '') given[key] = value;
    }
    const env = plainToInstance(EnvSchema, given, { exposeDefaultValues: true });
    const errors = validateSync(env, { forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new ConfigError(
        errors.map((e) => {
          const message = Object.values(e.constraints ?? {})[0] ?? 'is invalid';
          return `${e.property} ${message} (got "${String(given[e.property])}")`;
        }),
      );
    }
    return new AppConfig(env);
  }

  get port(): number {
    return this.env.PORT;
  }
  get database(): DatabaseTarget {
    return parseDatabaseUrl(this.env.DATABASE_URL);
  }
  get contentDir(): string {
    return this.env.CONTENT_DIR;
  }
  get defaultTimezone(): string {
    return this.env.DEFAULT_TIMEZONE;
  }
  get adminApiKey(): string | undefined {
    return this.env.ADMIN_API_KEY;
  }
  get sendRatePerMinute(): number {
    return this.env.SEND_RATE_PER_MINUTE;
  }
  get outboxLeaseMs(): number {
    return this.env.OUTBOX_LEASE_SECONDS * 1000;
  }
  get botEnabled(): boolean {
    return this.env.BOT_ENABLED;
  }
  get botLeaseMs(): number {
    return this.env.BOT_LEASE_SECONDS * 1000;
  }
  get botAccountsPerInstance(): number {
    return this.env.BOT_ACCOUNTS_PER_INSTANCE;
  }
  /** This process in account leases: INSTANCE_ID, else one name made up at start. */
  get instanceId(): string {
    this.madeUpInstanceId ??= `${hostname().slice(0, 60)}-${process.pid}-${randomBytes(4).toString('hex')}`;
    return this.env.INSTANCE_ID ?? this.madeUpInstanceId;
  }
  get logLevel(): LogLevelName {
    return this.env.LOG_LEVEL;
  }
  /**
   * The folder of the inbound spool: SPOOL_DIR, else beside the SQLite file, else (MySQL,
   * MariaDB) `./data/spool`. One per instance: two processes must not share it.
   */
  get spoolDir(): string {
    const target = this.database;
    if (this.env.SPOOL_DIR) return resolve(this.env.SPOOL_DIR);
    return target.type === 'sqlite' && target.path !== ':memory:'
      ? resolve(dirname(target.path))
      : resolve('data', 'spool');
  }
  get apiRateLimitPerMinute(): number {
    return this.env.API_RATE_LIMIT_PER_MINUTE;
  }
  get refitAfterReviews(): number {
    return this.env.FSRS_REFIT_AFTER_REVIEWS;
  }

  get authFailuresPerMinute(): number {
    return this.env.AUTH_FAILURES_PER_MINUTE;
  }

  /** A copy with some values replaced, for tests and tools that own their database. */
  with(overrides: Partial<Record<keyof EnvSchema, string>>): AppConfig {
    const current: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(this.env)) {
      if (value !== undefined) current[key] = String(value);
    }
    return AppConfig.fromEnv({ ...current, ...overrides });
  }
}
