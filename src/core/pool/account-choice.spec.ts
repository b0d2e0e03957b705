import { drainTime, spreadOverAccounts } from './account-choice';

describe('spreading new learners over the bot accounts', () => {
  it('fills the emptiest account first, then takes turns', () => {
    const accounts = [
      { id: 1, learners: 5 },
      { id: 2, learners: 2 },
      { id: 3, learners: 4 },
    ];
    expect(spreadOverAccounts(accounts, 6)).toEqual([2, 2, 2, 3, 1, 2]);
  });

  it('gives nothing when no account is enabled', () => {
    expect(spreadOverAccounts([], 3)).toEqual([]);
  });
});

describe('when a queue drains', () => {
  const now = new Date('2026-03-02T01:00:00Z');

  it('is never with nothing queued', () => {
    expect(drainTime(0, 20, null, now)).toBeNull();
  });

  it('takes 60 messages three minutes at 20 a minute', () => {
    expect(drainTime(60, 20, null, now)?.toISOString()).toBe('2026-03-02T01:03:00.000Z');
  });

  it('counts from the earliest the rate allows the next message', () => {
    const later = new Date('2026-03-02T01:00:30Z');
    expect(drainTime(20, 20, later, now)?.toISOString()).toBe('2026-03-02T01:01:30.000Z');
  });
});
