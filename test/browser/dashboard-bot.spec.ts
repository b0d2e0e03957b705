import { AddressInfo } from 'node:net';
import { log, ScanStatus } from 'wechaty';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { DashboardBrowser, ensureDashboardBuilt, openDashboardBrowser } from '../support/browser';
import { WechatHarness } from '../support/wechat-harness';

describe('the bot on the dashboard, on a mock WeChat', () => {
  let content: ContentRoot;
  let h: WechatHarness;
  let b: DashboardBrowser;
  let origin: string;

  beforeAll(async () => {
    ensureDashboardBuilt();
    log.level('silent');
    content = new ContentRoot().write(smallCourse());
    h = await WechatHarness.start(content);
    await h.t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(h.t.app.getHttpServer().address() as AddressInfo).port}`;
    b = await openDashboardBrowser(origin);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await h?.close();
    content?.remove();
  });

  it('shows the login QR code, drawn in the page, while the bot waits for a scan', async () => {
    await h.logout();
    h.mocker.scan('https://login.weixin.qq.com/l/abc123', ScanStatus.Waiting);
    await b.page.goto(`${origin}/#/deliveries`);
    await b.page.getByLabel('API key').fill(h.t.keys.hr);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByText('State: waiting-for-scan').waitFor();
    const qr = b.page.getByRole('img', { name: /Scan this QR code/ });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(b.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('says why the bot is in error', async () => {
    const reason = 'getaddrinfo ENOTFOUND login.wx.qq.com';
    const snapshot = jest.spyOn(h.bot, 'snapshot').mockReturnValue({ state: 'error', reason });
    try {
      await b.page.reload();
      await b.page.getByText('State: error').waitFor();
      await b.page.getByText(`Why: ${reason}`).waitFor();
    } finally {
      snapshot.mockRestore();
    }
  });
});
