import { Clock } from './clock';

/**
 * A clock that moves only when told: the tests, the simulator and the demo drive the service
 * on it, day by day, without waiting for real time to pass.
 */
export class MovableClock extends Clock {
  private current: number;

  constructor(start: string | Date | number) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Jumps to `to`, backwards too (a test going back to a morning it already played). */
  set(to: string | Date | number): void {
    this.current = new Date(to).getTime();
  }

  /** Moves to `to`, or stays put if that lies in the past (two learners' answers overlapping). */
  moveTo(to: Date | number): void {
    this.current = Math.max(this.current, new Date(to).getTime());
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
