import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { FsrsPolicy, SchedulingPolicy } from '../../core/srs/policy';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MemoryModelModule } from '../memory-model/memory-model.module';
import { EnrollmentCompletion } from './enrollment-completion';
import { OUTBOX_LEASE, OUTBOX_RANDOM, OUTBOX_RUNNER_ENABLED } from './delivery-tokens';
import { GradingService } from './grading.service';
import { Outbox } from './outbox';
import { OutboxSenderRunner } from './outbox-sender.runner';
import { OutboxSender } from './outbox-sender.service';
import { PlannerScheduler } from './planner.scheduler';
import { PlannerService } from './planner.service';
import { SessionFlow } from './session-flow';
import { SessionStarter } from './session-starter';
import { SessionTexts } from './session-texts';
import { StartBatches } from './start-batch';

/**
 * The daily plan, grading, and the outbox with its sender. Tests override
 * OUTBOX_RUNNER_ENABLED and ChatChannel and drive `runDue` / `sendDue` themselves; the
 * simulator also swaps SchedulingPolicy.
 */
@Module({
  imports: [EnrollmentModule, MemoryModelModule],
  providers: [
    Outbox,
    OutboxSender,
    OutboxSenderRunner,
    PlannerService,
    PlannerScheduler,
    SessionStarter,
    StartBatches,
    SessionFlow,
    EnrollmentCompletion,
    SessionTexts,
    GradingService,
    { provide: SchedulingPolicy, useClass: FsrsPolicy },
    // An instance without WeChat sends nothing: its outbox rows wait for one that has it.
    {
      provide: OUTBOX_RUNNER_ENABLED,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.botEnabled,
    },
    { provide: OUTBOX_RANDOM, useValue: Math.random },
    {
      provide: OUTBOX_LEASE,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.outboxLeaseMs,
    },
  ],
  exports: [
    Outbox,
    OutboxSender,
    SchedulingPolicy,
    PlannerService,
    GradingService,
    SessionTexts,
    SessionFlow,
  ],
})
export class DeliveryModule {}
