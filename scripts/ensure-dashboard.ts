// `npm start` on a fresh clone: build the dashboard once if its files are missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

if (!existsSync(join(__dirname, '..', 'dist', 'web', 'index.html'))) {
  process.stdout.write('Building the dashboard into dist/web once; later starts reuse it\n');
  const build = spawnSync('npm', ['run', '-s', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
