import { overallStatus } from './health';

describe('the overall health', () => {
  it('is down with the database, whatever the rest', () => {
    expect(overallStatus({ database: 'down', bot: 'ok', inbox: 'ok' })).toBe('down');
  });

  it('is degraded when another part is not ok', () => {
    expect(overallStatus({ database: 'ok', bot: 'degraded', inbox: 'ok' })).toBe('degraded');
    expect(overallStatus({ database: 'ok', bot: 'down', inbox: 'ok' })).toBe('degraded');
  });

  it('is ok when every part is', () => {
    expect(overallStatus({ database: 'ok', bot: 'ok', inbox: 'ok' })).toBe('ok');
  });
});
