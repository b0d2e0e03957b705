import 'reflect-metadata';
import { runOne, RunSpec } from './run-spec';

/** A child process of run-pool.ts: one run, its result sent back to the parent. */
async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as RunSpec;
  const run = await runOne(spec);
  await new Promise<void>((resolve, reject) =>
    process.send!(run, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
