import { Module } from '@nestjs/common';
import { FsrsPolicy, SchedulingPolicy } from '../../core/srs/policy';
import { DeliveryModule } from '../delivery/delivery.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MemoryModelModule } from '../memory-model/memory-model.module';
import { EnrollmentCompletion } from './enrollment-completion';
import { ExtraPractice } from './extra-practice.service';
import { Answers } from './answers';
import { GradingService } from './grading.service';
import { PlannerScheduler } from './planner.scheduler';
import { PlannerService } from './planner.service';
import { SessionFlow } from './session-flow';
import { SessionStarter } from './session-starter';
import { SessionTexts } from './session-texts';
import { StartBatches } from './start-batch';

/**
 * The learning engine: the daily plan, grading, the session's flow and extra practice. It
 * queues what it says through delivery's outbox; delivery knows nothing of it. The
 * simulator swaps SchedulingPolicy.
 */
@Module({
  imports: [DeliveryModule, EnrollmentModule, MemoryModelModule],
  providers: [
    PlannerService,
    PlannerScheduler,
    SessionStarter,
    StartBatches,
    SessionFlow,
    EnrollmentCompletion,
    SessionTexts,
    GradingService,
    Answers,
    ExtraPractice,
    { provide: SchedulingPolicy, useClass: FsrsPolicy },
  ],
  exports: [
    PlannerService,
    GradingService,
    Answers,
    SessionTexts,
    SessionFlow,
    ExtraPractice,
    SchedulingPolicy,
  ],
})
export class EngineModule {}
