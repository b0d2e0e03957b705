import type { Route } from 'playwright-core';
import { smallCourse } from '../factories/course-files';
import { DashboardApp, openDashboardApp } from '../support/dashboard-app';

/**
 * Going from one cohort's page to another's: until the second has loaded, the page offers
 * nothing of the first, so that HR cannot pause one cohort while looking at another's address.
 */
describe('the dashboard moving between cohorts', () => {
  let d: DashboardApp;
  const ids: Record<'paused' | 'active', number> = { paused: 0, active: 0 };
  const statusOf = async (id: number) =>
    (await d.api<{ status: string }>(`/cohorts/${id}`, d.t.keys.hr)).status;

  beforeAll(async () => {
    d = await openDashboardApp();
    const courseId = smallCourse().id;
    for (const [status, name] of [
      ['paused', 'Suzhou purchasing'],
      ['active', 'Ningbo sales'],
    ] as const) {
      const body = JSON.stringify({ name, courseId });
      ids[status] = (
        await d.api<{ id: number }>('/cohorts', d.t.keys.hr, { method: 'POST', body })
      ).id;
    }
    await d.api(`/cohorts/${ids.paused}`, d.t.keys.hr, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'paused' }),
    });
    await d.b.page.goto(`${d.origin}/#/cohorts`);
    await d.b.page.getByLabel('API key').fill(d.t.keys.hr);
    await d.b.page.getByRole('button', { name: 'Sign in' }).click();
    await d.b.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
  }, 120_000);
  afterAll(() => d?.close());

  it('shows neither the cohort left nor its status control while the next one loads', async () => {
    await d.b.page.goto(`${d.origin}/#/cohorts/${ids.paused}`);
    await d.b.page.getByRole('heading', { name: 'Suzhou purchasing · Paused' }).waitFor();

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const waiting = new Promise<void>((resolve) => (asked = resolve));
    const next = `${d.origin}/api/v1/cohorts/${ids.active}`;
    const hold = async (route: Route) => {
      asked();
      await held;
      await route.fallback();
    };
    await d.b.page.route(next, hold);
    try {
      await d.b.page.goto(`${d.origin}/#/cohorts/${ids.active}`);
      await waiting;
      expect(await d.b.page.getByRole('heading', { name: /Suzhou purchasing/ }).count()).toBe(0);
      expect(await d.b.page.getByLabel('Cohort status').count()).toBe(0);
    } finally {
      release();
    }
    await d.b.page.getByRole('heading', { name: 'Ningbo sales · Active' }).waitFor();
    await d.b.page.unroute(next, hold);

    // The control starts from this cohort's status, not the choice left on the last page.
    expect(await d.b.page.getByLabel('Cohort status').inputValue()).toBe('active');
    await d.b.page.getByLabel('Cohort status').selectOption('archived');
    await d.b.page.getByRole('button', { name: 'Change status' }).click();
    await d.b.page.getByRole('heading', { name: 'Ningbo sales · Archived' }).waitFor();
    expect([await statusOf(ids.paused), await statusOf(ids.active)]).toEqual([
      'paused',
      'archived',
    ]);
    expect(d.b.errors).toEqual([]);
  });
});
