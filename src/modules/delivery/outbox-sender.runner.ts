import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock } from '../../core/clock';
import { isDatabaseOutage } from '../../core/database-outage';
import { OUTBOX_RUNNER_ENABLED } from './delivery-tokens';
import { OutboxSender } from './outbox-sender.service';

/** How often an idle (or failing) loop looks for due messages again. */
export const OUTBOX_IDLE_POLL_MS = 2000;

/** The shortest pause between two steps, so that a busy loop still yields to the rest. */
export const OUTBOX_SHORTEST_PAUSE_MS = 50;

/**
 * The loop that drains the outbox: at each step the next message of every account this
 * instance holds whose send rate allows it, then a pause until the first account may send
 * again (or the idle poll). A failing step is logged and the loop goes on; it never takes the
 * process down.
 */
@Injectable()
export class OutboxSenderRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private loop: Promise<void> | undefined;
  private stopping = false;
  private waitingForDatabase = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly sender: OutboxSender,
    private readonly clock: Clock,
    @Inject(OUTBOX_RUNNER_ENABLED) private readonly enabled: boolean = true,
  ) {}

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop = this.run();
  }

  /**
   * Stops a phase before onApplicationShutdown, where the database connection closes: the send
   * in flight still has to record its outcome, whatever order modules shut down in.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const delay = await this.step();
      if (!this.stopping) await this.sleep(delay);
    }
  }

  /** Sends at most one message per account and says how long to wait before the next step. */
  private async step(): Promise<number> {
    try {
      const { nextSendAt } = await this.sender.sendPaced();
      this.databaseBack();
      if (!nextSendAt) return OUTBOX_IDLE_POLL_MS;
      const wait = nextSendAt.getTime() - this.clock.now().getTime();
      return Math.min(OUTBOX_IDLE_POLL_MS, Math.max(OUTBOX_SHORTEST_PAUSE_MS, wait));
    } catch (error) {
      if (isDatabaseOutage(error)) return this.databaseAway();
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.logger.error(
        `The outbox sender failed; trying again in ${OUTBOX_IDLE_POLL_MS} ms: ${text}`,
      );
      return OUTBOX_IDLE_POLL_MS;
    }
  }

  /** An outage is logged once when it starts and once when it ends, not at every poll. */
  private databaseAway(): number {
    if (!this.waitingForDatabase) {
      this.logger.warn('The database cannot be reached; the outbox waits and keeps trying');
      this.waitingForDatabase = true;
    }
    return OUTBOX_IDLE_POLL_MS;
  }

  private databaseBack(): void {
    if (!this.waitingForDatabase) return;
    this.logger.log('The database is back; the outbox sends again');
    this.waitingForDatabase = false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
