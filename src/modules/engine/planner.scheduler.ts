import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { PlannerService } from './planner.service';

/** The minute tick only triggers the planner; overlapping ticks are skipped, not queued. */
@Injectable()
export class PlannerScheduler {
  private readonly logger = new Logger('PlannerScheduler');
  private running = false;

  constructor(private readonly planner: PlannerService) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'planner' })
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.planner.runDue();
    } catch (error) {
      this.logger.error(`planner run failed; the next tick retries: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
