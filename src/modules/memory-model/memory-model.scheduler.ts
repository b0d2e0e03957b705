import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../core/clock';
import { MemoryModelService } from './memory-model.service';

/**
 * The hourly tick only asks the service to re-fit where enough new reviews arrived; an
 * overlapping tick is skipped, and a second instance racing it stores each version once.
 */
@Injectable()
export class MemoryModelScheduler {
  private readonly logger = new Logger('MemoryModelScheduler');
  private running = false;

  constructor(
    private readonly memoryModel: MemoryModelService,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'fsrs-refit' })
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const report of await this.memoryModel.refitWhereDue(this.clock.now())) {
        this.logger.log(
          `course ${report.courseId}: fitted log loss ${report.fitted.logLoss.toFixed(4)} vs ` +
            `default ${report.defaults.logLoss.toFixed(4)}, stored as ${report.stored?.status}`,
        );
      }
    } catch (error) {
      this.logger.error(`FSRS re-fit failed; the next tick retries: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
