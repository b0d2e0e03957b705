import { smallCourse } from '../factories/course-files';
import { DashboardApp, openDashboardApp } from '../support/dashboard-app';

interface Settings {
  deliveryTime: string;
  maxReviewsPerDay: number;
  desiredRetention: number;
  lessonQuestions: string;
}

/** HR changes a cohort's settings on its page; the service checks every value. */
describe('cohort settings on the dashboard', () => {
  let d: DashboardApp;
  let cohortId: number;
  const settings = () => d.api<Settings>(`/cohorts/${cohortId}`, d.t.keys.hr);
  const signIn = async (key: string) => {
    await d.b.page.goto(`${d.origin}/#/cohorts`);
    const signOut = d.b.page.getByRole('button', { name: 'Sign out' });
    if (await signOut.isVisible()) await signOut.click();
    await d.b.page.getByLabel('API key').fill(key);
    await d.b.page.getByRole('button', { name: 'Sign in' }).click();
    await d.b.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
    await d.b.page.goto(`${d.origin}/#/cohorts/${cohortId}`);
    await d.b.page.getByRole('heading', { name: /^Hangzhou sales/ }).waitFor();
  };

  beforeAll(async () => {
    d = await openDashboardApp();
    const body = JSON.stringify({ name: 'Hangzhou sales', courseId: smallCourse().id });
    cohortId = (await d.api<{ id: number }>('/cohorts', d.t.keys.hr, { method: 'POST', body })).id;
  }, 120_000);
  afterAll(() => d?.close());

  it('saves what HR changed and shows it', async () => {
    await signIn(d.t.keys.hr);
    const save = d.b.page.getByRole('button', { name: 'Save settings' });
    expect(await save.isDisabled()).toBe(true);
    await d.b.page.getByLabel('Reviews a day at most').fill('3');
    await d.b.page.getByLabel('A lesson’s questions').selectOption('next-session');
    await d.b.page.getByLabel('Delivery time').fill('08:30');
    await save.click();
    await d.b.page.getByText('Settings saved; every learner is rescheduled.').waitFor();
    expect(await settings()).toMatchObject({
      deliveryTime: '08:30',
      maxReviewsPerDay: 3,
      lessonQuestions: 'next-session',
    });
    // Once the page has read the cohort again, nothing is left to save.
    await d.b.page.locator('button:disabled', { hasText: 'Save settings' }).waitFor();
  });

  it('says which value the service refused, and changes nothing', async () => {
    const before = await settings();
    await d.b.page.getByLabel('Desired retention (0.70-0.99)').fill('0.5');
    await d.b.page.getByLabel('Reviews a day at most').fill('');
    await d.b.page.getByRole('button', { name: 'Save settings' }).click();
    const alert = d.b.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/desiredRetention/);
    expect(await alert.innerText()).toMatch(/maxReviewsPerDay/);
    expect(await settings()).toEqual(before);
  });

  it('is not offered to a trainer', async () => {
    await signIn(d.t.keys.trainer);
    expect(await d.b.page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
  });
});
