import { DataSource } from 'typeorm';
import { BotAccountEntity } from '../../src/infra/db/entities';
import { smallCourse } from '../factories/course-files';
import { DashboardBrowser } from '../support/browser';
import { DashboardApp, openDashboardApp } from '../support/dashboard-app';
import { TestApp } from '../support/test-app';

/** The pool's WeChat accounts on the Messages and bot page, and on the invite sheet. */
describe('bot accounts on the dashboard', () => {
  let d: DashboardApp;
  let t: TestApp;
  let origin: string;
  let b: DashboardBrowser;
  const api = <T>(path: string, key: string, init?: RequestInit) => d.api<T>(path, key, init);
  const signIn = async (key: string) => {
    await b.page.goto(`${origin}/#/deliveries`);
    const signOut = b.page.getByRole('button', { name: 'Sign out' });
    if (await signOut.isVisible()) await signOut.click();
    await b.page.getByLabel('API key').fill(key);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Bot accounts' }).waitFor();
  };
  const accountRow = (name: string) =>
    b.page.locator('table.bot-accounts tbody tr', { has: b.page.getByRole('rowheader', { name }) });

  beforeAll(async () => {
    d = await openDashboardApp();
    ({ t, origin, b } = d);
  }, 120_000);
  afterAll(() => d?.close());

  it('lets an admin add an account, whose token is never shown, and see its state', async () => {
    await signIn(t.keys.admin);
    await b.page.getByLabel('Name', { exact: true }).fill('销售助手 1');
    await b.page.getByLabel('Token (never shown again)').fill('puppet_secret_token_123');
    await b.page.getByRole('button', { name: 'Add an account' }).click();
    await b.page.getByText('销售助手 1 added.').waitFor();
    const row = accountRow('销售助手 1');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/logged-out/);
    expect(await b.page.content()).not.toContain('puppet_secret_token_123');
    const [stored] = await api<Array<{ id: number; hasToken: boolean }>>(
      '/bot-accounts',
      t.keys.admin,
    );
    expect(stored.hasToken).toBe(true);
  });

  it('draws the QR code of an account waiting for a scan, with no request elsewhere', async () => {
    const [account] = await api<Array<{ id: number }>>('/bot-accounts', t.keys.admin);
    // As an instance running the account would record it.
    await t.app
      .get(DataSource)
      .getRepository(BotAccountEntity)
      .update(account.id, {
        leaseHolder: 'instance-a',
        leaseUntil: new Date(t.clock.now().getTime() + 60 * 60_000),
        state: 'waiting-for-scan',
        qrUrl: 'https://login.weixin.qq.com/l/abc123',
      });
    await b.page.reload();
    const row = accountRow('销售助手 1');
    await row.getByText('waiting-for-scan').waitFor();
    await row.getByRole('cell', { name: 'instance-a' }).waitFor();
    const qr = row.getByRole('img', { name: 'Scan with the WeChat of 销售助手 1 to log in' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(b.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  it('lets an admin disable and enable an account', async () => {
    const enabled = async () =>
      (await api<Array<{ enabled: boolean }>>('/bot-accounts', t.keys.admin))[0].enabled;
    await b.page.getByRole('button', { name: 'Disable 销售助手 1' }).click();
    await b.page.getByText('销售助手 1 is disabled.').waitFor();
    expect(await enabled()).toBe(false);
    await b.page.getByRole('button', { name: 'Enable 销售助手 1' }).click();
    await b.page.getByText('销售助手 1 is enabled.').waitFor();
    expect(await enabled()).toBe(true);
  });

  it('shows an hr key the accounts but no control to add or disable them', async () => {
    await signIn(t.keys.hr);
    await accountRow('销售助手 1').waitFor();
    expect(
      await b.page.getByRole('button', { name: /Disable|Enable|Add an account/ }).count(),
    ).toBe(0);
    expect(await b.page.getByLabel('Token (never shown again)').count()).toBe(0);
  });

  it('names each learner’s account on the invite sheet, with its QR card drawn in the page', async () => {
    const [account] = await api<Array<{ id: number }>>('/bot-accounts', t.keys.admin);
    await api(`/bot-accounts/${account.id}`, t.keys.admin, {
      method: 'PATCH',
      body: JSON.stringify({ qrCardUrl: 'https://u.wechat.com/EXAMPLE-card' }),
    });
    const cohort = await api<{ id: number }>('/cohorts', t.keys.hr, {
      method: 'POST',
      body: JSON.stringify({ name: 'Pool cohort', courseId: smallCourse().id }),
    });
    await api(`/cohorts/${cohort.id}/learners`, t.keys.hr, {
      method: 'POST',
      body: JSON.stringify([
        { externalId: 'P1', name: '王丽' },
        { externalId: 'P2', name: '陈刚' },
      ]),
    });
    await b.page.goto(`${origin}/#/cohorts/${cohort.id}`);
    await b.page.getByRole('button', { name: 'List learners who have not joined' }).click();
    const sheet = b.page.locator('table.invite-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('td.account').allInnerTexts()).toEqual(['销售助手 1', '销售助手 1']);
    const card = b.page.getByRole('img', { name: 'Scan to add 销售助手 1 on WeChat' });
    expect(await card.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await b.page.emulateMedia({ media: 'print' });
    expect(await card.isVisible()).toBe(true);
    await b.page.emulateMedia({ media: 'screen' });
    expect(b.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
