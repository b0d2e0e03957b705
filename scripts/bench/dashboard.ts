import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../../src/config/app-config';
import { MovableClock } from '../../src/core/movable-clock';
import { createApp } from '../../src/http/create-app';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import { CHROMIUM, ensureDashboardBuilt, openDashboardBrowser } from '../../test/support/browser';

export interface DashboardFigures {
  learners: number;
  /** From the address typed to the figures and the first rows of the table, a cold page. */
  firstRenderMs: number;
  /** The same again, the server's and the database's caches warm. */
  againMs: number;
}

/**
 * SPEC §8: the cohort page of a 10,000-learner cohort in Debian's Chromium, against the service
 * on a free port (its own process's HTTP server, the bench's clock and database). Null when
 * no Chromium is installed: the bench says so rather than fail.
 */
export async function benchDashboard(options: {
  databaseUrl: string;
  contentDir: string;
  clock: MovableClock;
  cohortId: number;
  learners: number;
}): Promise<DashboardFigures | null> {
  if (!existsSync(CHROMIUM)) return null;
  ensureDashboardBuilt();
  // Its own inbound spool, never the ./data of the checkout.
  const spoolDir = mkdtempSync(join(tmpdir(), 'spaced-coach-bench-spool-'));
  const config = AppConfig.fromEnv({
    DATABASE_URL: options.databaseUrl,
    CONTENT_DIR: options.contentDir,
    BOT_ENABLED: 'false',
    LOG_LEVEL: 'error',
    SPOOL_DIR: spoolDir,
  });
  const app = await createApp(config, { clock: options.clock, scheduler: false });
  await app.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await openDashboardBrowser(origin);
  try {
    const { key } = await app.get(ApiKeyService).create('hr', 'bench');
    const page = browser.page;
    await page.goto(`${origin}/#/deliveries`);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const render = async () => {
      // From another page, so that the cohort's page is built from nothing each time.
      await page.goto(`${origin}/#/deliveries`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const started = process.hrtime.bigint();
      await page.goto(`${origin}/#/cohorts/${options.cohortId}`);
      await page.locator('[data-figure="learners"] dd').waitFor();
      await page.locator('table.learners tbody tr').first().waitFor();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const firstRenderMs = await render();
    const againMs = await render();
    const shown = await page.locator('[data-figure="learners"] dd').innerText();
    if (shown !== options.learners.toLocaleString('en')) {
      throw new Error(`The cohort page showed ${shown} learners, not ${options.learners}`);
    }
    return { learners: options.learners, firstRenderMs, againMs };
  } finally {
    await browser.close();
    await app.close();
    rmSync(spoolDir, { recursive: true, force: true });
  }
}
