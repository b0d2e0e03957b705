/** The one source of "now": services get it injected, core functions get `now` passed in. */
export abstract class Clock {
  abstract now(): Date;
}
