import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DASHBOARD = join(__dirname, '..', '..', 'dist', 'web', 'index.html');

/** The flags Debian's Chromium needs to run headless as root in CI, talking to nobody. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The dashboard's files, built once if a fresh clone has none yet. */
export function ensureDashboardBuilt(): void {
  if (existsSync(DASHBOARD)) return;
  const build = spawnSync('npm', ['run', '-s', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:web failed');
}

const FAILED_RESPONSE = 'Failed to load resource: the server responded with a status of';

export interface DashboardBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order (route interception sees them all). */
  requests: string[];
  /** Console errors and uncaught exceptions, other than Chromium's note of a failed response. */
  errors: string[];
  /** `status URL` of every response that was not a success. */
  failures: string[];
  close(): Promise<void>;
}

/** Debian's Chromium on a fresh profile; requests to any other origin are recorded and refused. */
export async function openDashboardBrowser(origin: string): Promise<DashboardBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'spaced-coach-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const failures: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(origin) ? route.continue() : route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  // Chromium logs every 4xx as a console error; those are kept in `failures`, by URL.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith(FAILED_RESPONSE))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    requests,
    errors,
    failures,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
