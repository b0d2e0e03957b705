import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BenchDatabase, freshMariadb, freshSqlite } from './bench-database';
import { benchEngine, EngineFigures, Progress } from './engine-run';
import { benchImport, ImportFigures, importTable } from './import';
import { BenchCommand, parseBenchArgs, USAGE } from './options';
import { machine, resultsTable } from './results';

/** `npm run bench`: the figures of SPEC §6 as one table, and bench/results.json. */
async function main(): Promise<void> {
  let command: BenchCommand;
  try {
    command = parseBenchArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const startedAt = new Date();
  const engines: EngineFigures[] = [];
  const imports: ImportFigures[] = [];
  const fresh = [async () => freshSqlite()];
  if (command.mariadbUrl && !command.skipMariadb) {
    const url = command.mariadbUrl;
    fresh.push(() => freshMariadb(url));
  }
  for (const open of fresh) {
    if (command.only !== 'import')
      engines.push(await onFresh(await open(), (db) => benchEngine(db, command, progressLine())));
    if (command.only === undefined || command.only === 'import')
      imports.push(await onFresh(await open(), (db) => benchImport(db, command.contentDir)));
  }
  const results = {
    date: startedAt.toISOString(),
    machine: machine(),
    enrollments: command.enrollments,
    cohortSize: command.cohortSize,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    engines,
    imports,
  };
  if (engines.length > 0) process.stdout.write(`\n${resultsTable(results)}\n`);
  if (imports.length > 0) process.stdout.write(`\n${importTable(imports)}\n`);
  mkdirSync(dirname(command.output), { recursive: true });
  writeFileSync(command.output, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`wrote ${command.output}\n`);
}

async function onFresh<T>(db: BenchDatabase, run: (db: BenchDatabase) => Promise<T>): Promise<T> {
  try {
    return await run(db);
  } finally {
    await db.drop();
  }
}

/** Progress on one rewritten line in a terminal, one line per step in a log. */
function progressLine(): Progress {
  let last = 0;
  return (line, done = false) => {
    if (process.stderr.isTTY) {
      process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
    } else if (done || Date.now() - last > 5000) {
      process.stderr.write(`${line}\n`);
      last = Date.now();
    }
  };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
