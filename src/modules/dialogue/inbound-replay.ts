import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { isDatabaseOutage } from '../../core/database-outage';
import { InboundMessageHandler } from './inbound-message.handler';
import { InboundSpool } from './inbound-spool';
import { errorLine } from '../../core/log-masking';

/** How often the spool is tried again while messages wait in it. */
export const REPLAY_INTERVAL_MS = 2000;

/**
 * Handles the spooled messages once the database is back: oldest first, each deleted from
 * the spool only after it was handled. A crash between the two handles it again, and its
 * record in `inbound_messages` makes that a no-op. Runs at start-up, then every few seconds.
 */
@Injectable()
export class InboundReplay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Inbound');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly spool: InboundSpool,
    private readonly handler: InboundMessageHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Handles what waits until the spool is empty or the database fails again; one run at a time. */
  replay(): Promise<void> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<void> {
    const total = this.spool.waiting;
    let done = 0;
    for (let next = this.spool.next(); next && !this.stopping; next = this.spool.next()) {
      try {
        await this.handler.process(next.message, next.interrupted);
      } catch (error) {
        if (isDatabaseOutage(error)) return;
        // Not the database: trying again would fail the same way and hold up everyone after it.
        this.logger.error(`A spooled chat message failed and is dropped: ${errorLine(error)}`);
      }
      this.spool.handled();
      done += 1;
    }
    if (done > 0) this.logger.log(`Handled ${done} of ${total} spooled chat messages`);
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      (this.spool.waiting > 0 ? this.replay() : Promise.resolve())
        .catch((error: unknown) =>
          this.logger.error(`Replaying the spool failed: ${errorLine(error)}`),
        )
        .finally(() => this.schedule(REPLAY_INTERVAL_MS));
    }, delayMs);
    // Never the reason a process stays up: shutdown stops it, and a CLI run need not.
    this.timer.unref();
  }
}
