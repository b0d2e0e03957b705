import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { SimulationRun } from './simulation';
import { runLabel, RunSpec } from './run-spec';

const WORKER = join(__dirname, 'run-worker.ts');

/**
 * Runs every spec in its own child process (its own in-memory database and heap), at most
 * `jobs` at once, and reports each finished run with its time and an ETA. Results come back
 * in the order of the specs, whatever order the runs finish in, so output stays deterministic.
 */
export async function runInChildren(
  specs: readonly RunSpec[],
  jobs: number,
  log: (line: string) => void,
): Promise<SimulationRun[]> {
  const results: SimulationRun[] = new Array<SimulationRun>(specs.length);
  const live = new Set<ChildProcess>();
  const started = Date.now();
  let next = 0;
  let done = 0;
  const work = async () => {
    while (next < specs.length) {
      const index = next++;
      const runStarted = Date.now();
      results[index] = await runChild(specs[index], live);
      done += 1;
      log(progressLine(specs[index], results[index], done, specs.length, runStarted, started));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, specs.length) }, work));
  } catch (error) {
    // One failed run fails the command: the runs still going are of no use.
    for (const child of live) child.kill();
    throw error;
  }
  return results;
}

function runChild(spec: RunSpec, live: Set<ChildProcess>): Promise<SimulationRun> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [JSON.stringify(spec)], {
      execArgv: ['-r', 'ts-node/register/transpile-only'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    live.add(child);
    let result: SimulationRun | undefined;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message) => (result = message as SimulationRun));
    child.on('error', reject);
    child.on('exit', (code) => {
      live.delete(child);
      if (code === 0 && result) resolve(result);
      else reject(new Error(`${runLabel(spec)} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

function progressLine(
  spec: RunSpec,
  run: SimulationRun,
  done: number,
  total: number,
  runStarted: number,
  started: number,
): string {
  const now = Date.now();
  const eta = ((now - started) / done) * (total - done);
  const s = run.summary;
  return (
    `[${String(done).padStart(String(total).length)}/${total}] ${runLabel(spec)}: ` +
    `recall ${(100 * s.recallEnd).toFixed(1)}% of all items (${(100 * s.recallEndRead).toFixed(1)}% of read), ` +
    `${s.promptsPerLearnerDay.toFixed(2)} prompts/learner/day, ${duration(now - runStarted)}` +
    (done < total ? `; ETA ${duration(eta)}` : '')
  );
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
