import { qrValueOf } from '../../web/src/bot/qr-value';

describe('the bot login QR code on the dashboard', () => {
  it('draws the WeChat login value, not the public image link the API names', () => {
    const login = 'https://login.weixin.qq.com/l/abc123==';
    const link = `https://wechaty.js.org/qrcode/${encodeURIComponent(login)}`;
    expect(qrValueOf(link)).toBe(login);
  });

  it('draws any other value as it is', () => {
    expect(qrValueOf('https://login.weixin.qq.com/l/x')).toBe('https://login.weixin.qq.com/l/x');
  });
});
