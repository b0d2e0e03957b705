import 'reflect-metadata';
import { comparePolicies, printCalibration, runPolicies } from './simulate/commands';
import { parseSimulateArgs, SimulateCommand, USAGE } from './simulate/options';

/**
 * `npm run simulate`: the engine on a simulated clock with synthetic learners who forget.
 * Every run has its own fresh database; the same seed gives the same learners under every
 * policy, and the same results every time.
 */
async function main(): Promise<void> {
  let command: SimulateCommand;
  try {
    command = parseSimulateArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (command.calibrate) printCalibration(command);
  else if (command.compare) await comparePolicies(command);
  else await runPolicies(command);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
