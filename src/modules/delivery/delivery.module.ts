import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { FsrsPolicy, SchedulingPolicy } from '../../core/srs/policy';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MemoryModelModule } from '../memory-model/memory-model.module';
import { WechatyChatChannel } from '../wechat/wechaty-chat-channel';
import { WechatyModule } from '../wechat/wechaty.module';
import { ChatChannel } from './chat-channel';
import { EnrollmentCompletion } from './enrollment-completion';
import { OUTBOX_RANDOM, OUTBOX_RUNNER_ENABLED } from './delivery-tokens';
import { GradingService } from './grading.service';
import { LoggingChatChannel } from './logging-chat-channel';
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
  imports: [EnrollmentModule, WechatyModule, MemoryModelModule],
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
    LoggingChatChannel,
    {
      provide: ChatChannel,
      inject: [AppConfig, WechatyChatChannel, LoggingChatChannel],
      useFactory: (config: AppConfig, wechat: WechatyChatChannel, logging: LoggingChatChannel) =>
        config.botEnabled ? wechat : logging,
    },
    { provide: SchedulingPolicy, useClass: FsrsPolicy },
    { provide: OUTBOX_RUNNER_ENABLED, useValue: true },
    { provide: OUTBOX_RANDOM, useValue: Math.random },
  ],
  exports: [
    Outbox,
    OutboxSender,
    ChatChannel,
    SchedulingPolicy,
    PlannerService,
    GradingService,
    SessionTexts,
    SessionFlow,
  ],
})
export class DeliveryModule {}
