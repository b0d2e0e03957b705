import { parseArgs } from 'node:util';
import { DomainError } from '../core/errors';
import { SystemClock } from '../infra/system-clock';
import { ApiKeyService } from '../modules/auth/api-key.service';
import { CliContext, runCli, UsageError } from './run-cli';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  apikey:create --role admin|hr|trainer --name "HR Shanghai"   print a new API key (shown once)
  apikey:list                                                  list keys (never their secrets)
  apikey:revoke --id <number>                                  revoke a key at once
  help, --help, -h                                             this help`;

const args = process.argv.slice(2);
// Help needs neither the configuration nor the database.
if (args[0] === 'help' || args.includes('--help') || args.includes('-h'))
  process.stdout.write(`${USAGE}\n`);
else void runCli(USAGE, (context) => run(parsed(args), context));

function parsed(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function run(
  { positionals, values }: ReturnType<typeof parsed>,
  { config, dataSource }: CliContext,
): Promise<void> {
  const [command] = positionals;
  if (!command) throw new UsageError('Name a command.');
  const keys = async () => new ApiKeyService(await dataSource(), new SystemClock(), config);

  switch (command) {
    case 'apikey:create': {
      if (!values.role || !values.name)
        throw new UsageError('apikey:create needs --role and --name.');
      const created = await (await keys()).create(values.role, values.name).catch(explain);
      process.stdout.write(
        `Created ${created.role} key #${created.id} "${created.name}". Store it now; it is not shown again:\n${created.key}\n`,
      );
      return;
    }
    case 'apikey:list': {
      for (const key of await (await keys()).list()) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        process.stdout.write(`#${key.id}\t${key.role}\t${key.keyId}\t${state}\t${key.name}\n`);
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
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function explain(error: unknown): never {
  if (error instanceof DomainError && error.details.length > 0) {
    throw new Error(error.details.map((d) => `--${d.field} ${d.message}`).join('\n'));
  }
  throw error;
}
