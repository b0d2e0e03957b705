import { parseArgs } from 'node:util';
import { DomainError } from '../core/errors';
import { Database } from '../infra/db/database';
import { SqlApiKeyRepository } from '../infra/db/repositories/api-key.sql-repository';
import { SqlCohortReachRepository } from '../infra/db/repositories/cohort-reach.sql-repository';
import { SystemClock } from '../infra/system-clock';
import { ApiKeyService } from '../modules/auth/api-key.service';
import { fitReportText } from './fit-report';
import { memoryModel } from './memory-model';
import { CliContext, runCli, UsageError } from './run-cli';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  apikey:create --role admin|hr|trainer --name "HR Shanghai"   print a new API key (shown once)
      [--cohorts 3,4]                                          an hr key that sees only these cohorts
  apikey:list                                                  list keys (never their secrets)
  apikey:revoke --id <number>                                  revoke a key at once
  fsrs:fit --course <id> [--dry-run]                           fit FSRS to the course's reviews;
                                                               stored if better on the hold-out
  help, --help, -h                                             this help`;

const args = process.argv.slice(2);
// Help needs neither the configuration nor the database.
if (args[0] === 'help' || args.includes('--help') || args.includes('-h'))
  process.stdout.write(`${USAGE}\n`);
else void runCli(USAGE, (context) => run(parseOptions(args), context));

async function run(
  { positionals, values }: ReturnType<typeof parseOptions>,
  { config, dataSource }: CliContext,
): Promise<void> {
  const [command] = positionals;
  if (!command) throw new UsageError('Name a command.');
  const keys = async () => {
    const db = new Database(await dataSource());
    return new ApiKeyService(
      new SqlApiKeyRepository(db),
      new SqlCohortReachRepository(db),
      new SystemClock(),
      config,
    );
  };

  switch (command) {
    case 'apikey:create': {
      if (!values.role || !values.name)
        throw new UsageError('apikey:create needs --role and --name.');
      const cohorts = values.cohorts === undefined ? null : cohortList(values.cohorts);
      const created = await (await keys()).create(values.role, values.name, cohorts).catch(explain);
      const limit = created.cohortIds ? ` for cohorts ${created.cohortIds.join(', ')}` : '';
      process.stdout.write(
        `Created ${created.role} key #${created.id} "${created.name}"${limit}. Store it now; it is not shown again:\n${created.key}\n`,
      );
      return;
    }
    case 'apikey:list': {
      for (const key of await (await keys()).list()) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        const reach = key.cohortIds ? `cohorts ${key.cohortIds.join(',')}` : 'all cohorts';
        process.stdout.write(
          `#${key.id}\t${key.role}\t${key.keyId}\t${state}\t${reach}\t${key.name}\n`,
        );
      }
      return;
    }
    case 'apikey:revoke': {
      const id = Number(values.id);
      if (!Number.isInteger(id) || id < 1)
        throw new UsageError('apikey:revoke needs --id <number>.');
      const revoked = await (await keys()).revoke(id).catch(explain);
      process.stdout.write(`Revoked key #${revoked.id} "${revoked.name}".\n`);
      return;
    }
    case 'fsrs:fit': {
      if (!values.course) throw new UsageError('fsrs:fit needs --course <id>.');
      const dryRun = values['dry-run'] === true;
      const report = await memoryModel(await dataSource(), config).refit(values.course, {
        now: new SystemClock().now(),
        dryRun,
        onProgress: (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`${fitReportText(report, dryRun)}\n`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        id: { type: 'string' },
        cohorts: { type: 'string' },
        course: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function cohortList(text: string): number[] {
  const ids = text.split(',').map((part) => part.trim());
  if (ids.some((id) => !/^[1-9]\d{0,9}$/.test(id)))
    throw new UsageError(
      `--cohorts takes cohort ids separated by commas, e.g. 3,4; got "${text}".`,
    );
  return ids.map(Number);
}

function explain(error: unknown): never {
  if (error instanceof DomainError && error.details.length > 0) {
    throw new Error(
      error.details
        .map((d) => `--${d.field === 'cohortIds' ? 'cohorts' : d.field} ${d.message}`)
        .join('\n'),
    );
  }
  throw error;
}
