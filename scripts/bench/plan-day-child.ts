import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { MovableClock } from '../../src/core/movable-clock';
import { PlannerService } from '../../src/modules/delivery/planner.service';
import { openEngine } from '../simulate/engine-context';

/**
 * The service process of the daily-plan figure: boots the engine on the seeded database,
 * plans the day once, and prints one JSON line. Its own process, so that its peak resident
 * memory is the service's and not the seeding's.
 */
async function main(): Promise<void> {
  const [databaseUrl, contentDir, at] = process.argv.slice(2);
  const app = await openEngine({
    databaseUrl,
    contentDir,
    clock: new MovableClock(new Date(at)),
  });
  const bootRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = process.hrtime.bigint();
  const counts = await app.get(PlannerService).runDue();
  // The raw insert it is compared with checkpoints its WAL as it commits; so does this, in
  // full, so that no write of the plan is left out of its time.
  const dataSource = app.get(DataSource);
  if (dataSource.options.type === 'better-sqlite3') {
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssMb = peakRss();
  await app.close();
  process.stdout.write(`${JSON.stringify({ ms, counts, bootRssMb, peakRssMb })}\n`);
}

/** The kernel's high-water mark (Linux); elsewhere the current resident size. */
function peakRss(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.memoryUsage().rss / 2 ** 20;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
