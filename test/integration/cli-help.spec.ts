import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** `npm run cli -- ...`, without configuration: help must not need any. */
function cli(args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run cli', () => {
  it.each([['--help'], ['-h'], ['help']])('prints its help for %s and exits 0', (flag) => {
    const { code, stdout, stderr } = cli([flag]);
    expect(stdout).toMatch(/^Usage: npm run cli -- <command>/);
    expect(stdout).toContain('apikey:create');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['--frob'], "Unknown option '--frob'"],
    [[], 'Name a command.'],
  ])('explains %j, prints the help and exits 2', (args, message) => {
    const { code, stderr } = cli(args);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run cli -- <command>');
    expect(code).toBe(2);
  });
});
