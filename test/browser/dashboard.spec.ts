import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { QuestionEntity } from '../../src/infra/db/entities';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { ContentRoot, lesson } from '../factories/course-files';
import { seedLargeCohort } from '../factories/large-cohort';
import { DashboardBrowser, ensureDashboardBuilt, openDashboardBrowser } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The dashboard in Debian's Chromium against the real app on a free port: HR and trainer keys,
 * a small cohort enrolled through the page, and a cohort of 10,000 learners.
 */
const BIG = 10_000;
const COURSE = {
  id: 'daily-course',
  modules: [
    { id: 'basics', lessons: [lesson('l1'), lesson('l2'), lesson('l3')] },
    { id: 'practice', lessons: [lesson('l4'), lesson('l5')] },
  ],
};

interface Labelled {
  labels: { length: number } | null;
}

/** The part of a canvas the test reads (the test compiles without the DOM's types). */
interface PaintedCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  };
}

describe('the HR dashboard in Chromium', () => {
  let t: TestApp;
  let root: ContentRoot;
  let origin: string;
  let b: DashboardBrowser;
  let small: number;
  let big: number;
  let beijing: number;

  const api = async <T>(path: string, key = t.keys.hr, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${origin}/api/v1${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${key}`, ...init.headers },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const learnerTotal = async (cohort: number) =>
    (await api<{ total: number }>(`/cohorts/${cohort}/learners?pageSize=1`)).total;

  const signIn = async (key: string) => {
    await b.page.goto(`${origin}/#/cohorts`);
    const signOut = b.page.getByRole('button', { name: 'Sign out' });
    if (await signOut.isVisible()) await signOut.click();
    await b.page.getByLabel('API key').fill(key);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
  };
  /** The README's pictures: `DASHBOARD_SCREENSHOTS=docs npx jest test/browser`. */
  const takeScreenshots = async (dir: string) => {
    await signIn(t.keys.admin);
    await b.page.getByLabel('Language').selectOption('zh');
    await b.page.goto(`${origin}/#/cohorts/${big}`);
    await b.page.locator('table.learners tbody tr').first().waitFor();
    await b.page.waitForTimeout(500);
    await b.page.setViewportSize({ width: 1280, height: 1500 });
    await b.page.screenshot({ path: join(dir, 'dashboard-cohort.png') });
    await b.page.setViewportSize({ width: 1280, height: 900 });
    await b.page.getByLabel('语言').selectOption('en');
    await b.page.goto(`${origin}/#/cohorts/${small}/enrol`);
    await b.page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'learners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'externalId,name,locale,deliveryTime\nE030,周杰,zh,09:00\nE031,"Li, Na",fr,08:30\n,赵敏,zh,\nE030,钱伟,en,25:00\n',
      ),
    });
    await b.page.locator('table.problems').waitFor();
    await b.page.screenshot({ path: join(dir, 'dashboard-enrol.png') });
  };
  const figure = (name: string) => b.page.locator(`[data-figure="${name}"] dd`).innerText();

  beforeAll(async () => {
    ensureDashboardBuilt();
    root = new ContentRoot().write(COURSE);
    root.writeRaw('calendars/cn-2026.yaml', 'name: cn-2026\nholidays: []\nworkdays: []\n');
    t = await createTestApp({ CONTENT_DIR: root.dir });
    // The large seed writes straight into empty tables, so it goes first.
    const questions = await t.app
      .get(DataSource)
      .getRepository(QuestionEntity)
      .find({ order: { id: 'ASC' } });
    big = await seedLargeCohort(t, {
      learners: BIG,
      days: 6,
      atRiskEvery: 50,
      courseId: COURSE.id,
      questions: questions.map((q) => ({ id: q.id, lessonId: q.lessonId })),
    });
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    small = (
      await api<{ id: number }>('/cohorts', t.keys.hr, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Shanghai sales', courseId: COURSE.id }),
      })
    ).id;
    await api(`/cohorts/${small}/learners`, t.keys.hr, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'externalId,name,locale\nE001,王丽,zh\nE002,"Chen, Gang",en\nE003,张伟,\n',
    });
    b = await openDashboardBrowser(origin);
  }, 300_000);

  afterAll(async () => {
    if (process.env.DASHBOARD_SCREENSHOTS && b)
      await takeScreenshots(process.env.DASHBOARD_SCREENSHOTS);
    await b?.close();
    await t?.close();
    root?.remove();
  });

  it('says clearly when a key is wrong', async () => {
    await b.page.goto(`${origin}/`);
    await b.page.getByLabel('API key').fill('sck_1_not-a-real-key');
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByText('This key is unknown or revoked').waitFor();
  });

  it('creates a cohort from the form', async () => {
    await signIn(t.keys.hr);
    await b.page.getByLabel('Cohort name').fill('Beijing sales');
    await b.page.getByLabel('Start date').fill('2026-03-09');
    await b.page.getByRole('button', { name: 'Create' }).click();
    await b.page.getByRole('link', { name: 'Beijing sales' }).waitFor();
    const cohorts =
      await api<Array<{ id: number; name: string; courseId: string; startDate: string }>>(
        '/cohorts',
      );
    const created = cohorts.find((c) => c.name === 'Beijing sales')!;
    expect(created).toMatchObject({ courseId: COURSE.id, startDate: '2026-03-09' });
    beijing = created.id;
  });

  it('shows each cohort with the figures the API reports', async () => {
    await signIn(t.keys.hr);
    await b.page.getByRole('link', { name: 'Shanghai sales' }).click();
    await b.page.getByRole('heading', { name: 'Shanghai sales', level: 1 }).waitFor();
    const report = await api<{ totals: { learners: number; bound: number; atRisk: number } }>(
      `/cohorts/${small}/progress`,
    );
    expect(await figure('learners')).toBe(String(report.totals.learners));
    expect(await figure('joined')).toBe(String(report.totals.bound));
    expect(await figure('atRisk')).toBe(String(report.totals.atRisk));
    expect(report.totals.learners).toBe(3);
    await b.page.getByRole('heading', { name: 'Hardest questions' }).waitFor();
  });

  it('shows a large cohort’s activity, participation and accuracy as the API counts them', async () => {
    await b.page.goto(`${origin}/#/cohorts`);
    const row = b.page.getByRole('row', { name: /Whole company/ });
    const { totals } = await api<{
      totals: { bound: number; activeLast7Days: number; accuracy: number };
    }>(`/cohorts/${big}/progress?pageSize=1`);
    const percent = (v: number) => `${Math.round(v * 100)}%`;
    expect(totals.activeLast7Days).toBeGreaterThan(9000);
    await row.getByRole('cell', { name: totals.activeLast7Days.toLocaleString('en') }).waitFor();
    await row.getByRole('cell', { name: percent(totals.activeLast7Days / totals.bound) }).waitFor();
    await row.getByRole('cell', { name: percent(totals.accuracy) }).waitFor();
  });

  it('draws the charts on a canvas', async () => {
    await b.page.goto(`${origin}/#/cohorts/${small}`);
    const chart = b.page.getByRole('img', { name: 'Learners at a glance' });
    await chart.locator('canvas').waitFor();
    const painted = await chart.locator('canvas').evaluate((element) => {
      const canvas = element as unknown as PaintedCanvas;
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] > 0) opaque += 1;
      return opaque;
    });
    expect(painted).toBeGreaterThan(1000);
  });

  it('draws the daily participation, accuracy and recall of the last 30 days', async () => {
    await b.page.goto(`${origin}/#/cohorts/${big}`);
    const chart = b.page.getByRole('img', {
      name: 'Participation, accuracy and predicted recall per day',
    });
    await chart.locator('canvas').waitFor();
    const series = await api<{ days: Array<{ participation: number | null }> }>(
      `/cohorts/${big}/series`,
    );
    expect(series.days).toHaveLength(30);
    expect(series.days.filter((d) => d.participation !== null).length).toBeGreaterThan(0);
  });

  it('pauses a cohort and makes it active again', async () => {
    await b.page.goto(`${origin}/#/cohorts/${small}`);
    await b.page.getByRole('heading', { name: 'Shanghai sales · Active' }).waitFor();
    const status = async () => (await api<{ status: string }>(`/cohorts/${small}`)).status;
    await b.page.getByLabel('Cohort status').selectOption('paused');
    await b.page.getByRole('button', { name: 'Change status' }).click();
    await b.page.getByText('Status: Paused').waitFor();
    expect(await status()).toBe('paused');
    await b.page.getByRole('heading', { name: 'Shanghai sales · Paused' }).waitFor();
    await b.page.getByLabel('Cohort status').selectOption('active');
    await b.page.getByRole('button', { name: 'Change status' }).click();
    await b.page.getByText('Status: Active').waitFor();
    expect(await status()).toBe('active');
  });

  it('refuses a CSV with bad rows, naming each, and saves nothing', async () => {
    const before = await learnerTotal(small);
    await b.page.goto(`${origin}/#/cohorts/${small}/enrol`);
    await b.page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'learners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('externalId,name,locale\nE010,李娜,fr\n,赵敏,zh\nE011,刘洋,en\n'),
    });
    const problems = b.page.locator('table.problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').count()).toBe(2);
    expect(await problems.innerText()).toMatch(/2\s+locale\s+must be zh or en/);
    expect(await problems.innerText()).toMatch(/3\s+externalId\s+is required/);
    expect(await b.page.getByRole('button', { name: /^Enrol these/ }).count()).toBe(0);
    expect(await learnerTotal(small)).toBe(before);
  });

  it('enrols a CSV as Excel writes it, shows the codes, and a second send changes no one', async () => {
    const before = await learnerTotal(small);
    const send = async () => {
      await b.page.goto(`${origin}/#/cohorts/${small}/enrol`);
      await b.page.getByLabel('Choose a CSV file').setInputFiles({
        name: 'learners.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'External ID,Name,Locale,Delivery Time\n"=""0020""",孙丽,zh-CN,9:00\nE021,Wu Hao,en-US,8:15 PM\n',
        ),
      });
      await b.page.getByRole('button', { name: 'Enrol these 2 learners' }).click();
    };
    await send();
    await b.page.getByText('Enrolled: 2 new, 0 updated, 0 unchanged.').waitFor();
    expect(await b.page.locator('td.code').count()).toBe(2);
    expect(await learnerTotal(small)).toBe(before + 2);
    const found = await api<{ items: Array<{ externalId: string }> }>(
      `/cohorts/${small}/learners?search=0020`,
    );
    expect(found.items.map((l) => l.externalId)).toEqual(['0020']);
    await send();
    await b.page
      .getByText('Nothing changed: these 2 learners were already enrolled as the file says.')
      .waitFor();
    expect(await learnerTotal(small)).toBe(before + 2);
  });

  it('enrols a CSV that Excel on a Chinese Windows saved in GB18030, names intact', async () => {
    await b.page.goto(`${origin}/#/cohorts/${beijing}/enrol`);
    await b.page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'learners.csv',
      mimeType: 'text/csv',
      // "externalId,name\nB1,王丽\nB2,李娜\n": 王丽 = CD F5 C0 F6, 李娜 = C0 EE C4 C8.
      buffer: Buffer.concat([
        Buffer.from('externalId,name\nB1,'),
        Buffer.from([0xcd, 0xf5, 0xc0, 0xf6]),
        Buffer.from('\nB2,'),
        Buffer.from([0xc0, 0xee, 0xc4, 0xc8]),
        Buffer.from('\n'),
      ]),
    });
    await b.page.getByRole('button', { name: 'Enrol these 2 learners' }).click();
    await b.page.getByText('Enrolled: 2 new, 0 updated, 0 unchanged.').waitFor();
    const listed = await api<{ items: Array<{ name: string }> }>(`/cohorts/${beijing}/learners`);
    expect(listed.items.map((l) => l.name)).toEqual(['王丽', '李娜']);
  });

  it('prints an invite sheet of who has not joined, with codes', async () => {
    await b.page.goto(`${origin}/#/cohorts/${small}`);
    await b.page.getByRole('button', { name: 'List learners who have not joined' }).click();
    const sheet = b.page.locator('table.invite-sheet');
    await sheet.waitFor();
    const invites = async () =>
      (await api<{ learners: Array<{ code: string }> }>(`/cohorts/${small}/invites`)).learners;
    const before = await invites();
    expect(before).toHaveLength(5);
    expect(await sheet.locator('td.code').allInnerTexts()).toEqual(before.map((l) => l.code));
    // New codes for all five at once, after a confirmation: the old ones stop working.
    await b.page.getByRole('button', { name: 'Issue new codes for these 5' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await b.page.getByText('5 new codes issued; they expire in 14 days.').waitFor();
    const after = await invites();
    const codes = await sheet.locator('td.code').allInnerTexts();
    expect(codes).toEqual(after.map((l) => l.code));
    expect(codes.filter((code) => before.some((l) => l.code === code))).toEqual([]);
    await b.page.emulateMedia({ media: 'print' });
    expect(await sheet.isVisible()).toBe(true);
    expect(await b.page.getByRole('heading', { name: 'Shanghai sales' }).isVisible()).toBe(false);
    await b.page.emulateMedia({ media: 'screen' });
  });

  it('shows a learner’s answers over time, pauses and resumes them', async () => {
    const first = await api<{ learners: { items: Array<{ learnerId: number; name: string }> } }>(
      `/cohorts/${big}/progress?pageSize=1`,
    );
    const { learnerId, name } = first.learners.items[0];
    await b.page.goto(`${origin}/#/learners/${learnerId}`);
    await b.page.getByRole('heading', { name, level: 1 }).waitFor();
    await b.page.getByRole('img', { name: 'Answers per day' }).locator('canvas').first().waitFor();
    const status = async () =>
      (await api<{ enrollments: Array<{ status: string }> }>(`/learners/${learnerId}`))
        .enrollments[0].status;
    const before = await status();
    await b.page.getByRole('button', { name: before === 'paused' ? 'Resume' : 'Pause' }).click();
    await b.page.getByRole('button', { name: before === 'paused' ? 'Pause' : 'Resume' }).waitFor();
    expect(await status()).toBe(before === 'paused' ? 'active' : 'paused');
  });

  it('shows a learner’s predicted recall of each question as the API reports it', async () => {
    const first = await api<{ learners: { items: Array<{ learnerId: number }> } }>(
      `/cohorts/${big}/progress?pageSize=1`,
    );
    const { learnerId } = first.learners.items[0];
    const { enrollments } = await api<{
      enrollments: Array<{ questions: Array<{ recall: number | null }> }>;
    }>(`/learners/${learnerId}/progress`);
    const recalls = enrollments[0].questions.map((q) =>
      q.recall === null ? 'not answered yet' : `${Math.round(q.recall * 100)}%`,
    );
    expect(recalls.length).toBeGreaterThan(0);
    await b.page.goto(`${origin}/#/learners/${learnerId}`);
    const table = b.page.getByRole('table', { name: /Predicted recall per question/ });
    await table.waitFor();
    expect(await table.locator('tbody td:nth-child(2)').allInnerTexts()).toEqual(recalls);
  });

  it('withdraws a learner after a confirmation', async () => {
    const list = await api<{ items: Array<{ learnerId: number; externalId: string }> }>(
      `/cohorts/${small}/learners?pageSize=50`,
    );
    const learner = list.items.find((l) => l.externalId === 'E002')!;
    await b.page.goto(`${origin}/#/learners/${learner.learnerId}`);
    await b.page.getByRole('button', { name: 'Withdraw' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await b.page.getByText('Status: Withdrawn').first().waitFor();
    const after = await api<{ enrollments: Array<{ status: string }> }>(
      `/learners/${learner.learnerId}`,
    );
    expect(after.enrollments.map((e) => e.status)).toEqual(['withdrawn']);
    // Once the page has read the learner again, there is nothing left to pause or withdraw.
    await b.page.getByRole('button', { name: 'Withdraw' }).waitFor({ state: 'detached' });
    expect(await b.page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
  });

  it('erases a learner only after the confirmation', async () => {
    const list = await api<{ items: Array<{ learnerId: number; externalId: string }> }>(
      `/cohorts/${small}/learners?pageSize=50`,
    );
    const learner = list.items.find((l) => l.externalId === 'E003')!;
    await b.page.goto(`${origin}/#/learners/${learner.learnerId}`);
    await b.page.getByRole('button', { name: 'Erase personal data' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await api(`/learners/${learner.learnerId}`);
    await b.page.getByRole('button', { name: 'Erase personal data' }).click();
    await b.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await b.page.getByText('Erased.').waitFor();
    await expect(api(`/learners/${learner.learnerId}`)).rejects.toThrow(/404/);
  });

  it('shows the bot’s state and the failed messages', async () => {
    await b.page.goto(`${origin}/#/deliveries`);
    await b.page.getByText('State: disabled').waitFor();
    await b.page.getByText('No failed messages.').waitFor();
  });

  it('sends a failed message again with Retry', async () => {
    const invites = await api<{ learners: Array<{ learnerId: number; code: string }> }>(
      `/cohorts/${small}/invites`,
    );
    const { learnerId, code } = invites.learners[0];
    await t.app.get(BindingService).bind(code, `wx-${learnerId}`, `sc-${learnerId}`);
    t.channel.failFor(learnerId, 'contact not found');
    await api(`/learners/${learnerId}/deliver-now`, t.keys.hr, { method: 'POST' });
    // Five attempts, 30 s apart and doubling: failed within 10 minutes.
    const sender = t.app.get(OutboxSender);
    for (let minute = 0; minute < 15; minute++) {
      while ((await sender.sendDue(50)).claimed > 0);
      t.clock.advance(60_000);
    }
    const failed = await api<{ items: Array<{ id: number; lastError: string }> }>(
      '/deliveries?status=failed',
    );
    expect(failed.items).toHaveLength(1);
    const [{ id, lastError }] = failed.items;
    expect(lastError).toMatch(/contact not found/);
    // The page may show the deliveries already: read them again.
    await b.page.goto(`${origin}/#/deliveries`);
    await b.page.reload();
    const row = b.page.locator('tr', {
      has: b.page.getByRole('rowheader', { name: String(id), exact: true }),
    });
    await row.getByText(lastError).waitFor();
    await row.getByRole('button', { name: 'Retry' }).click();
    await b.page.getByText(`Queued again: #${id}`).waitFor();
    const after = await api<{ items: unknown[] }>('/deliveries?status=failed');
    expect(after.items).toEqual([]);
  });

  it('labels every control and uses real buttons and table headers', async () => {
    const pages = [
      ['#/cohorts', 'table'],
      [`#/cohorts/${small}`, 'table.learners'],
      [`#/cohorts/${small}/enrol`, '#enrol-file'],
    ];
    for (const [hash, shown] of pages) {
      await b.page.goto(`${origin}/${hash}`);
      await b.page.locator(shown).first().waitFor();
      const unlabelled = await b.page
        .locator('input, select')
        .evaluateAll((controls) =>
          controls
            .filter(
              (c) => !c.getAttribute('aria-label') && !(c as unknown as Labelled).labels?.length,
            )
            .map((c) => c.outerHTML),
        );
      expect([hash, unlabelled]).toEqual([hash, []]);
      const headerless = await b.page
        .locator('table')
        .evaluateAll((tables) => tables.filter((t) => !t.querySelector('th[scope]')).length);
      expect([hash, headerless]).toEqual([hash, 0]);
      expect(await b.page.locator('[onclick], div[role="button"]').count()).toBe(0);
    }
  });

  it('signs in with the keyboard alone', async () => {
    await b.page.goto(`${origin}/#/cohorts/${small}/enrol`);
    await b.page.getByRole('button', { name: 'Sign out' }).click();
    await b.page.getByLabel('API key').focus();
    await b.page.keyboard.type(t.keys.hr);
    await b.page.keyboard.press('Enter');
    // Back on the page the user was on, signed in.
    await b.page.getByText('Role: hr').waitFor();
    await b.page.getByRole('heading', { name: 'Enrol learners', level: 1 }).waitFor();
  });

  it('switches between Chinese and English', async () => {
    await b.page.goto(`${origin}/#/cohorts`);
    await b.page.getByLabel('Language').selectOption('zh');
    await b.page.getByRole('heading', { name: '学习班', level: 1 }).waitFor();
    await b.page.getByLabel('语言').selectOption('en');
    await b.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
  });

  it('shows a trainer no enrol control, and the knowledge map', async () => {
    await signIn(t.keys.trainer);
    await b.page.goto(`${origin}/#/cohorts/${big}`);
    await b.page.getByRole('heading', { name: 'Hardest questions' }).waitFor();
    await b.page
      .getByRole('img', { name: /Knowledge map/ })
      .locator('canvas')
      .first()
      .waitFor();
    expect(await b.page.getByText('Enrol learners').count()).toBe(0);
    expect(await b.page.getByText('Create').count()).toBe(0);
    // Trainers see figures, not who: learners go by number.
    const firstRow = b.page.locator('table.learners tbody tr').first();
    await firstRow.getByRole('link', { name: /^Learner #\d+$/ }).waitFor();
    const stats = await api<{ questions: Array<{ questionId: string; timesSent: number }> }>(
      `/cohorts/${big}/questions`,
      t.keys.trainer,
    );
    await b.page.getByText(`All ${stats.questions.length} questions, worst first`).click();
    const rows = b.page.locator('table.question-stats tbody tr');
    expect(await rows.count()).toBe(stats.questions.length);
    expect(await rows.first().locator('td').first().innerText()).toBe(
      String(stats.questions[0].timesSent),
    );
    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.getByRole('button', { name: 'Export question statistics CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n').filter((line) => line.trim() !== '')).toHaveLength(
      stats.questions.length + 1,
    );
  });

  it('shows a trainer a learner by number, with figures and no name or control', async () => {
    const first = await api<{ learners: { items: Array<{ learnerId: number; name: string }> } }>(
      `/cohorts/${big}/progress?pageSize=1`,
    );
    const { learnerId, name } = first.learners.items[0];
    await b.page.goto(`${origin}/#/learners/${learnerId}`);
    await b.page.getByRole('heading', { name: `Learner #${learnerId}`, level: 1 }).waitFor();
    await b.page.getByRole('table', { name: /Predicted recall per question/ }).waitFor();
    expect(await b.page.getByText(name).count()).toBe(0);
    expect(await b.page.getByRole('button', { name: /Pause|Resume|Erase|Withdraw/ }).count()).toBe(
      0,
    );
  });

  it('lets a trainer see the course tree and validate the content', async () => {
    await b.page.goto(`${origin}/#/courses`);
    await b.page.getByText('Module basics').waitFor();
    await b.page.getByRole('button', { name: 'Validate content' }).click();
    await b.page.getByText('No problems.').waitFor();
    expect(await b.page.getByRole('link', { name: 'Messages and bot' }).count()).toBe(0);
  });

  // How fast is `npm run bench`'s figure (SPEC section 8), measured where nothing else runs.
  it(`renders the page of a ${BIG.toLocaleString('en')}-learner cohort`, async () => {
    await signIn(t.keys.hr);
    await b.page.getByRole('link', { name: 'Whole company' }).waitFor();
    await b.page.goto(`${origin}/#/cohorts/${big}`);
    await b.page.locator('table.learners tbody tr').first().waitFor();
    expect(await figure('learners')).toBe(BIG.toLocaleString('en'));
    expect(await b.page.locator('table.learners tbody tr').count()).toBe(50);
  });

  it('warns from 30 days before a cohort’s holiday calendar runs out', async () => {
    await b.page.goto(`${origin}/#/cohorts`);
    await b.page.getByRole('link', { name: 'Whole company' }).waitFor();
    expect(await b.page.getByText(/^Holiday calendar:/).count()).toBe(0);
    const now = t.clock.now().toISOString();
    t.clock.set('2026-12-10T01:00:00Z');
    try {
      await b.page.reload();
      const warning = b.page.locator('.warning', { hasText: 'Shanghai sales' });
      await warning.getByText(/Holiday calendar: .*ends on 2026-12-31/).waitFor();
      await b.page.goto(`${origin}/#/cohorts/${small}`);
      await b.page.getByText(/Holiday calendar: .*ends on 2026-12-31/).waitFor();
    } finally {
      t.clock.set(now);
    }
  });

  it('shows a key limited to one cohort that cohort only, and nothing it may not do', async () => {
    const { key } = await api<{ key: string }>('/api-keys', t.keys.admin, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'hr', name: 'HR Shanghai only', cohortIds: [small] }),
    });
    await signIn(key);
    await b.page.getByRole('link', { name: 'Shanghai sales' }).waitFor();
    expect(await b.page.getByRole('link', { name: 'Whole company' }).count()).toBe(0);
    expect(await b.page.getByRole('button', { name: 'Create' }).count()).toBe(0);
    await b.page.getByRole('link', { name: 'Messages and bot' }).click();
    await b.page.getByText('No failed messages.').waitFor();
    expect(await b.page.getByRole('heading', { name: 'WeChat bot' }).count()).toBe(0);
    expect(await b.page.getByRole('heading', { name: 'Bot accounts' }).count()).toBe(0);
  });

  it('asked nothing of any other origin and logged no error', () => {
    expect(b.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(b.errors).toEqual([]);
    // The only refusal: the wrong key, asking who it is.
    expect(b.failures).toEqual([`401 ${origin}/api/v1/api-keys/me`]);
  });
});
