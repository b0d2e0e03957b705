import { AddressInfo } from 'node:net';
import type { Route } from 'playwright-core';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { DashboardBrowser, ensureDashboardBuilt, openDashboardBrowser } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Going from one cohort's page to another's: until the second has loaded, the page offers
 * nothing of the first, so that HR cannot pause one cohort while looking at another's address.
 */
describe('the dashboard moving between cohorts', () => {
  let root: ContentRoot;
  let t: TestApp;
  let b: DashboardBrowser;
  let origin: string;
  const ids: Record<'paused' | 'active', number> = { paused: 0, active: 0 };

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${origin}/api/v1${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${t.keys.hr}`,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const statusOf = async (id: number) => (await api<{ status: string }>(`/cohorts/${id}`)).status;

  beforeAll(async () => {
    ensureDashboardBuilt();
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const courseId = smallCourse().id;
    for (const [status, name] of [
      ['paused', 'Suzhou purchasing'],
      ['active', 'Ningbo sales'],
    ] as const) {
      ids[status] = (
        await api<{ id: number }>('/cohorts', {
          method: 'POST',
          body: JSON.stringify({ name, courseId }),
        })
      ).id;
    }
    await api(`/cohorts/${ids.paused}`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'paused' }),
    });
    b = await openDashboardBrowser(origin);
    await b.page.goto(`${origin}/#/cohorts`);
    await b.page.getByLabel('API key').fill(t.keys.hr);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
    root?.remove();
  });

  it('shows neither the cohort left nor its status control while the next one loads', async () => {
    await b.page.goto(`${origin}/#/cohorts/${ids.paused}`);
    await b.page.getByRole('heading', { name: 'Suzhou purchasing · Paused' }).waitFor();

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const waiting = new Promise<void>((resolve) => (asked = resolve));
    const next = `${origin}/api/v1/cohorts/${ids.active}`;
    const hold = async (route: Route) => {
      asked();
      await held;
      await route.fallback();
    };
    await b.page.route(next, hold);
    try {
      await b.page.goto(`${origin}/#/cohorts/${ids.active}`);
      await waiting;
      expect(await b.page.getByRole('heading', { name: /Suzhou purchasing/ }).count()).toBe(0);
      expect(await b.page.getByLabel('Cohort status').count()).toBe(0);
    } finally {
      release();
    }
    await b.page.getByRole('heading', { name: 'Ningbo sales · Active' }).waitFor();
    await b.page.unroute(next, hold);

    // The control starts from this cohort's status, not the choice left on the last page.
    expect(await b.page.getByLabel('Cohort status').inputValue()).toBe('active');
    await b.page.getByLabel('Cohort status').selectOption('archived');
    await b.page.getByRole('button', { name: 'Change status' }).click();
    await b.page.getByRole('heading', { name: 'Ningbo sales · Archived' }).waitFor();
    expect([await statusOf(ids.paused), await statusOf(ids.active)]).toEqual([
      'paused',
      'archived',
    ]);
    expect(b.errors).toEqual([]);
  });
});
