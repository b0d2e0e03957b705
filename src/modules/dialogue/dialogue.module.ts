import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { ChatEventsBridge } from './chat-events.bridge';
import { ExtraPractice } from '../wechat/extra-practice.service';
import { FriendRequests } from './friend-requests';
import { InboundMessageHandler } from './inbound-message.handler';
import { InboundMessages } from './inbound-messages';
import { InboundReplay } from './inbound-replay';
import { InboundSpool } from './inbound-spool';
import { Joining } from './joining.service';
import { LearnerCommands } from './learner-commands';
import { LearnerContexts } from './learner-context';
import { LearnerDialogue } from './learner-dialogue';
import { LearnerProgress } from './learner-progress.service';
import { Replies } from './replies';
import { UnboundHints } from './unbound-hints';
import { WechatyModule } from '../wechaty/wechaty.module';

/**
 * The learner's side of the chat: joining, commands, answers and extra practice. It listens to
 * the WeChat adapter's events and replies through the outbox.
 */
@Module({
  imports: [WechatyModule, DeliveryModule, EnrollmentModule],
  providers: [
    ChatEventsBridge,
    InboundMessageHandler,
    InboundMessages,
    InboundSpool,
    InboundReplay,
    Joining,
    FriendRequests,
    UnboundHints,
    LearnerContexts,
    LearnerDialogue,
    LearnerCommands,
    LearnerProgress,
    ExtraPractice,
    Replies,
  ],
  exports: [InboundSpool],
})
export class DialogueModule {}
