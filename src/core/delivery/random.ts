/** A source of numbers in [0, 1), like Math.random; tests pass a fixed one. */
export type Random = () => number;

/**
 * One draw, forced into [0, 1]: a faulty source must never produce a NaN or negative
 * delay, which setTimeout would treat as "now" and so send as fast as it can.
 */
export function draw(random: Random): number {
  const value = random();
  return Number.isNaN(value) ? 0.5 : Math.min(1, Math.max(0, value));
}
