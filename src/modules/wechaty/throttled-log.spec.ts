import { Logger } from '@nestjs/common';
import { ThrottledErrorLog } from './throttled-log';

describe('puppet errors in the log', () => {
  let now = new Date('2026-03-02T01:00:00Z');
  const clock = { now: () => now };
  const logger = new Logger('test');
  const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  const log = new ThrottledErrorLog(logger, clock);

  it('an offline puppet failing every few seconds makes one line a minute, with a count', () => {
    for (let second = 0; second < 180; second += 3) {
      now = new Date(Date.parse('2026-03-02T01:00:00Z') + second * 1000);
      log.report(new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
    }
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      'WeChat puppet error: getaddrinfo ENOTFOUND login.wx.qq.com',
      'WeChat puppet error: getaddrinfo ENOTFOUND login.wx.qq.com (and 19 more since the last report)',
      'WeChat puppet error: getaddrinfo ENOTFOUND login.wx.qq.com (and 19 more since the last report)',
    ]);
  });
});
