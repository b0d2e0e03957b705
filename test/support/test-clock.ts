import { Clock } from '../../src/core/clock';

/** A clock that moves only when the test says so. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: string | Date = '2026-03-02T01:00:00Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: string | Date): void {
    this.current = new Date(to);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
