import { Logger } from '@nestjs/common';
import { keepingOurCrashHandling, toleratePuppetFailuresAfterStop } from './crash-handlers';

describe('crash handling around the puppet', () => {
  const logger = new Logger('test');
  beforeAll(() => {
    jest.spyOn(logger, 'log').mockImplementation(() => undefined);
    jest.spyOn(logger, 'debug').mockImplementation(() => undefined);
  });

  it('removes an uncaughtException handler a puppet installs while starting, and keeps ours', async () => {
    const ours = () => undefined;
    const wechat4u = () => undefined;
    process.on('uncaughtException', ours);
    try {
      await keepingOurCrashHandling(async () => {
        process.on('uncaughtException', wechat4u);
      }, logger);
      expect(process.listeners('uncaughtException')).toContain(ours);
      expect(process.listeners('uncaughtException')).not.toContain(wechat4u);
    } finally {
      process.removeListener('uncaughtException', ours);
    }
  });

  it('after a stop, lets the web puppet’s failed restarts pass and nothing else', () => {
    const puppetFailure = new Error("Cannot read properties of undefined (reading 'start')");
    puppetFailure.stack = `${puppetFailure.message}\n    at Wechat.<anonymous> (node_modules/wechaty-puppet-wechat4u/dist/cjs/src/puppet-wechat4u.js:334:27)`;
    const before = new Set(process.listeners('unhandledRejection'));
    toleratePuppetFailuresAfterStop(logger);
    const [listener] = process.listeners('unhandledRejection').filter((l) => !before.has(l));
    try {
      expect(() => listener(puppetFailure, Promise.resolve())).not.toThrow();
      expect(() => listener(new Error('a real bug'), Promise.resolve())).toThrow('a real bug');
    } finally {
      process.removeListener('unhandledRejection', listener);
    }
  });
});
