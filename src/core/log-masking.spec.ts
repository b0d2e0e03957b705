import { errorLine, maskIds, maskName } from './log-masking';

describe('what the WeChat adapter writes to the log', () => {
  it.each([
    ['a WeChat id', 'no payload for wxid_a1b2c3d4e5f6', 'no payload for wx…'],
    ['a web-puppet contact id', 'send to @f3a9c0e1b2d4 failed', 'send to @f… failed'],
    [
      'a mock contact id',
      'no payload found for id cmx2kmnfa0002177depzk51jd',
      'no payload found for id cm…',
    ],
    ['a service token', 'token insecure_1b2c3d4e-aaaa', 'token in…'],
    [
      'a host name',
      'getaddrinfo ENOTFOUND login.wx.qq.com',
      'getaddrinfo ENOTFOUND login.wx.qq.com',
    ],
    ['a long word without digits', 'ECONNREFUSED by the server', 'ECONNREFUSED by the server'],
  ])('masks %s', (_, text, masked) => {
    expect(maskIds(text)).toBe(masked);
  });

  it.each([
    ['王丽', '王***'],
    ['Wang Li', 'W***'],
    ['👩‍💼 Anna', '👩***'],
    ['', '?'],
  ])('shows a name %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('keeps the first line of an error, masked', () => {
    expect(errorLine(new Error('2 UNKNOWN: no payload for wxid_a1b2c3d4e5\n    at Mocker'))).toBe(
      '2 UNKNOWN: no payload for wx…',
    );
  });
});
