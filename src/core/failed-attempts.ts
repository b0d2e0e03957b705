/** The most addresses remembered at once, so a flood of spoofed ones cannot exhaust memory. */
const MAX_ADDRESSES = 100_000;

interface Window {
  startedAt: number;
  failures: number;
}

/**
 * Counts failures per client address in fixed windows: after `limit` failures within one
 * window the address waits for the window to end. Times are milliseconds, passed in.
 */
export class FailedAttempts {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `address` may try again; 0 when it may now. */
  waitMs(address: string, now: number): number {
    const window = this.current(address, now);
    if (!window || window.failures < this.limit) return 0;
    return window.startedAt + this.windowMs - now;
  }

  fail(address: string, now: number): void {
    const window = this.current(address, now);
    if (window) {
      window.failures++;
      return;
    }
    if (this.windows.size >= MAX_ADDRESSES) this.forgetEnded(now);
    if (this.windows.size >= MAX_ADDRESSES) this.windows.delete(this.windows.keys().next().value!);
    this.windows.set(address, { startedAt: now, failures: 1 });
  }

  private current(address: string, now: number): Window | undefined {
    const window = this.windows.get(address);
    if (window && now - window.startedAt >= this.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }

  private forgetEnded(now: number): void {
    for (const [address, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(address);
    }
  }
}
