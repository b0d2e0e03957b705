import { Clock } from '../core/clock';

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
