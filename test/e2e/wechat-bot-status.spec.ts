import request from 'supertest';
import { log, ScanStatus } from 'wechaty';
import { ChatChannel } from '../../src/modules/delivery/chat-channel';
import { DisabledChatChannel } from '../../src/modules/delivery/disabled-chat-channel';
import { BotPool } from '../../src/modules/wechaty/bot-pool';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';
import { WechatHarness, within } from '../support/wechat-harness';
import { freePort } from '../support/wechat-puppet-server';

/** The bot's part of health, as anyone sees it, or as the holder of `key` does. */
const health = async (t: TestApp, key?: string) => {
  const call = request(t.app.getHttpServer()).get('/api/v1/health');
  if (key) call.set('Authorization', `Bearer ${key}`);
  return (await call.expect(200)).body.details.bot;
};

const botStatus = (t: TestApp, key: string | undefined) => {
  const call = request(t.app.getHttpServer()).get('/api/v1/bot');
  return key ? call.set('Authorization', `Bearer ${key}`) : call;
};

describe(`the bot's state in the API (${testEngine()})`, () => {
  let content: ContentRoot;

  beforeAll(() => {
    log.level('silent');
    content = new ContentRoot().write(smallCourse());
  });
  afterAll(() => content.remove());

  describe('with the mock WeChat', () => {
    let h: WechatHarness;

    beforeAll(async () => {
      h = await WechatHarness.start(content);
    });
    afterAll(() => h?.close());

    it('is readable by admin, HR and trainers, and by no one without a key', async () => {
      for (const role of ['admin', 'hr', 'trainer'] as const) {
        const response = await botStatus(h.t, h.t.keys[role]).expect(200);
        expect(response.body).toEqual({
          state: 'logged-in',
          account: 'Coach',
          accountId: expect.any(String),
        });
      }
      await botStatus(h.t, undefined).expect(401);
      expect(await health(h.t)).toEqual({ status: 'ok' });
      expect(await health(h.t, h.t.keys.trainer)).toEqual({
        status: 'ok',
        state: 'logged-in',
        account: 'Coach',
      });
    });

    it('shows the QR code link while waiting for a scan to key holders only', async () => {
      await h.logout();
      expect(await health(h.t, h.t.keys.hr)).toEqual({ status: 'degraded', state: 'logged-out' });
      h.mocker.scan('https://login.weixin.qq.com/l/abc123', ScanStatus.Waiting);
      const response = await botStatus(h.t, h.t.keys.hr).expect(200);
      expect(response.body).toEqual({
        state: 'waiting-for-scan',
        qrCodeUrl: expect.stringMatching(/^https:\/\/wechaty\.js\.org\/qrcode\/.+abc123/),
      });
      expect(await health(h.t, h.t.keys.trainer)).toEqual({
        status: 'degraded',
        state: 'waiting-for-scan',
        qrCodeUrl: response.body.qrCodeUrl,
      });
      const anyone = await request(h.t.app.getHttpServer()).get('/api/v1/health').expect(200);
      expect(anyone.body.details.bot).toEqual({ status: 'degraded' });
      expect(JSON.stringify(anyone.body)).not.toMatch(/qrcode|abc123|Coach/i);
      await h.login();
      expect((await botStatus(h.t, h.t.keys.hr)).body.state).toBe('logged-in');
    });
  });

  it('without a reachable puppet: the API serves, and the bot is reported not logged in', async () => {
    const wechaty = {
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: 'insecure_00000000-0000-0000-0000-000000000000',
      WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${await freePort()}`,
      WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true',
    };
    Object.assign(process.env, wechaty);
    const t = await createTestApp(
      { BOT_ENABLED: 'true', CONTENT_DIR: content.dir },
      { realChatChannel: true },
    );
    try {
      expect(['starting', 'error']).toContain((await health(t, t.keys.admin)).state);
      await request(t.app.getHttpServer())
        .get('/api/v1/courses')
        .set('Authorization', `Bearer ${t.keys.trainer}`)
        .expect(200);
      await within(t.app.get(BotPool).started(), 'the bot to give up starting');
      expect(await health(t, t.keys.admin)).toEqual({ status: 'down', state: 'error' });
      const status = (await botStatus(t, t.keys.hr).expect(200)).body;
      expect(status).toEqual({ state: 'error', reason: expect.any(String) });
      expect(status.reason.length).toBeGreaterThan(5);
      expect(t.app.get(ChatChannel).isReady()).toBe(false);
    } finally {
      await t.close();
      for (const key of Object.keys(wechaty)) delete process.env[key];
    }
  });

  it('with BOT_ENABLED=false: no bot, and a channel that never sends', async () => {
    const t = await createTestApp({ CONTENT_DIR: content.dir }, { realChatChannel: true });
    try {
      expect((await botStatus(t, t.keys.admin).expect(200)).body).toEqual({ state: 'disabled' });
      expect(t.app.get(ChatChannel)).toBeInstanceOf(DisabledChatChannel);
      expect(t.app.get(ChatChannel).isReady()).toBe(false);
      expect(t.app.get(BotPool).wechaty).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
