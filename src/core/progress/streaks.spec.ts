import { SessionMark, streaksOf } from './streaks';

const answered = (n = 2): SessionMark => ({ answered: n, open: false });
const missed: SessionMark = { answered: 0, open: false };
const today: SessionMark = { answered: 0, open: true };

describe('streaks over session days', () => {
  it('count every answered session, however far apart the days (weekends, holidays, pauses hold no session)', () => {
    expect(streaksOf([answered(), answered(1), answered()])).toEqual({ current: 3, longest: 3 });
  });

  it('a session left unanswered ends the streak; the longest one is remembered', () => {
    const sessions = [
      answered(),
      answered(),
      answered(),
      answered(),
      missed,
      answered(),
      answered(),
    ];
    expect(streaksOf(sessions)).toEqual({ current: 2, longest: 4 });
  });

  it("today's session, still open and unanswered, does not break the streak yet", () => {
    expect(streaksOf([answered(), answered(), today])).toEqual({ current: 2, longest: 2 });
  });

  it('an answer today already counts', () => {
    expect(streaksOf([answered(), { answered: 1, open: true }])).toEqual({
      current: 2,
      longest: 2,
    });
  });

  it('a learner who stopped answering has no current streak', () => {
    expect(streaksOf([answered(), answered(), missed, missed])).toEqual({ current: 0, longest: 2 });
  });

  it('no sessions, no streak', () => {
    expect(streaksOf([])).toEqual({ current: 0, longest: 0 });
  });
});
