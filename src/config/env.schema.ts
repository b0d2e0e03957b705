import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { IANAZone } from 'luxon';
import { parseDatabaseUrl } from './database-url';

@ValidatorConstraint({ name: 'ianaTimezone' })
class IsIanaTimezone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && IANAZone.isValidZone(value);
  }
  defaultMessage(): string {
    return 'must be an IANA timezone such as Asia/Shanghai';
  }
}

@ValidatorConstraint({ name: 'databaseUrl' })
class IsDatabaseUrl implements ValidatorConstraintInterface {
  private reason = '';
  validate(value: unknown): boolean {
    try {
      parseDatabaseUrl(String(value));
      return true;
    } catch (error) {
      this.reason = (error as Error).message;
      return false;
    }
  }
  defaultMessage(): string {
    return this.reason;
  }
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** The environment as SPEC §5 lists it; every field has its default here. */
export class EnvSchema {
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 65535' })
  @Min(1, { message: 'must be a whole number from 1 to 65535' })
  @Max(65535, { message: 'must be a whole number from 1 to 65535' })
  PORT: number = 3000;

  @IsString()
  @Validate(IsDatabaseUrl)
  DATABASE_URL: string = 'sqlite:./data/spaced-coach.sqlite';

  @IsString()
  @MinLength(1, { message: 'must be a folder path' })
  CONTENT_DIR: string = './content';

  @Validate(IsIanaTimezone)
  DEFAULT_TIMEZONE: string = 'Asia/Shanghai';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters long' })
  ADMIN_API_KEY?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 600' })
  @Min(1, { message: 'must be a whole number from 1 to 600' })
  @Max(600, { message: 'must be a whole number from 1 to 600' })
  SEND_RATE_PER_MINUTE: number = 20;

  /** How long a claimed outbox message is held before another sender may send it again. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 8 to 3600' })
  @Min(8, { message: 'must be a whole number from 8 to 3600' })
  @Max(3600, { message: 'must be a whole number from 8 to 3600' })
  OUTBOX_LEASE_SECONDS: number = 120;

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  BOT_ENABLED: boolean = true;

  /** How long an instance holds a bot account without renewing; then another takes it over. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 5 to 3600' })
  @Min(5, { message: 'must be a whole number from 5 to 3600' })
  @Max(3600, { message: 'must be a whole number from 5 to 3600' })
  BOT_LEASE_SECONDS: number = 60;

  /**
   * At most this many accounts run in one process. Five: a 1,000-learner cohort needs three at
   * 20 a minute, so one instance runs a typical deployment with room for a colleague's
   * accounts; a crash then moves at most five logins.
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 100' })
  @Min(1, { message: 'must be a whole number from 1 to 100' })
  @Max(100, { message: 'must be a whole number from 1 to 100' })
  BOT_ACCOUNTS_PER_INSTANCE: number = 5;

  /** Names this process in account leases; hostname, pid and a random suffix when unset. */
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:@-]{1,100}$/, {
    message: 'must be 1 to 100 letters, digits or . : @ _ -',
  })
  INSTANCE_ID?: string;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevelName = 'log';

  /** Where chat messages wait while the database is unreachable; see AppConfig.spoolDir. */
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must be a folder path' })
  SPOOL_DIR?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 100000' })
  @Min(1, { message: 'must be a whole number from 1 to 100000' })
  @Max(100000, { message: 'must be a whole number from 1 to 100000' })
  API_RATE_LIMIT_PER_MINUTE: number = 300;

  /** New reviews of a course since its last FSRS fit that make the scheduled job fit again. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 10000000' })
  @Min(1, { message: 'must be a whole number from 1 to 10000000' })
  @Max(10_000_000, { message: 'must be a whole number from 1 to 10000000' })
  FSRS_REFIT_AFTER_REVIEWS: number = 1000;
  /** Failed authentications (wrong or no API key) per client address per minute before 429. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 1 to 10000' })
  @Min(1, { message: 'must be a whole number from 1 to 10000' })
  @Max(10000, { message: 'must be a whole number from 1 to 10000' })
  AUTH_FAILURES_PER_MINUTE: number = 20;
}
