import { Logger } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { errorLine } from '../../core/log-masking';

const MINUTE_MS = 60_000;

/**
 * Puppet errors, at most one line a minute. An offline web puppet reports the same failure
 * every few seconds, forever; one line with a count says as much.
 */
export class ThrottledErrorLog {
  private lastLoggedAt: number | undefined;
  private suppressed = 0;

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly intervalMs = MINUTE_MS,
  ) {}

  report(error: unknown): void {
    const now = this.clock.now().getTime();
    if (this.lastLoggedAt !== undefined && now - this.lastLoggedAt < this.intervalMs) {
      this.suppressed += 1;
      return;
    }
    const more = this.suppressed > 0 ? ` (and ${this.suppressed} more since the last report)` : '';
    this.logger.warn(`WeChat puppet error: ${errorLine(error)}${more}`);
    this.lastLoggedAt = now;
    this.suppressed = 0;
  }
}
