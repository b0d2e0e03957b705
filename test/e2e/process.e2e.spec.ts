import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, startService, waitForHealth } from '../support/service-process';
import { testEngine } from '../support/test-database';

describe(`the service process (${testEngine()})`, () => {
  it.each([
    [
      { PORT: 'abc' },
      'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc")',
    ],
    [
      { DATABASE_URL: 'postgres://x' },
      'Invalid configuration: DATABASE_URL unsupported scheme "postgres"',
    ],
    [
      { DEFAULT_TIMEZONE: 'Mars/Base' },
      'Invalid configuration: DEFAULT_TIMEZONE must be an IANA timezone',
    ],
  ])(
    'refuses %j with one line and no stack trace',
    async (env, line) => {
      const { code, stderr } = await exited(startService(env));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(line)]);
      // ts-node compiles the service at each spawn: seconds, and far more on a loaded machine.
    },
    90_000,
  );

  it('creates its SQLite folder, serves health, and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spaced-coach-proc-'));
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const child = startService({
      PORT: port,
      DATABASE_URL: `sqlite:${join(dir, 'nested', 'db.sqlite')}`,
    });
    const done = exited(child);
    try {
      // Start-up takes a few seconds (ts-node, Wechaty's modules); a loaded CI machine needs more.
      const health = await waitForHealth(`http://127.0.0.1:${port}/api/v1/health`, 60_000);
      expect(health.status).toBe(200);
      const protectedRoute = await fetch(`http://127.0.0.1:${port}/api/v1/api-keys`);
      expect(protectedRoute.status).toBe(401);
      child.kill('SIGTERM');
      const { signal, stderr } = await done;
      expect(stderr).not.toMatch(/error/i);
      // Nest closes everything, then re-raises the signal so the parent sees why it stopped.
      expect(signal).toBe('SIGTERM');
      // better-sqlite3 removes the write-ahead log only when the database is closed properly.
      expect(existsSync(join(dir, 'nested', 'db.sqlite'))).toBe(true);
      expect(existsSync(join(dir, 'nested', 'db.sqlite-wal'))).toBe(false);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
