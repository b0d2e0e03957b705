import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { WechatyChatChannel } from '../wechat/wechaty-chat-channel';
import { WechatyModule } from '../wechat/wechaty.module';
import { ChatChannel } from './chat-channel';
import { OUTBOX_LEASE, OUTBOX_RANDOM, OUTBOX_RUNNER_ENABLED } from './delivery-tokens';
import { DisabledChatChannel } from './disabled-chat-channel';
import { Outbox } from './outbox';
import { OutboxSenderRunner } from './outbox-sender.runner';
import { OutboxSender } from './outbox-sender.service';

/**
 * The outbox and its sender. Tests override OUTBOX_RUNNER_ENABLED and ChatChannel and drive
 * `sendDue` themselves.
 */
@Module({
  imports: [WechatyModule],
  providers: [
    Outbox,
    OutboxSender,
    OutboxSenderRunner,
    DisabledChatChannel,
    {
      provide: ChatChannel,
      inject: [AppConfig, WechatyChatChannel, DisabledChatChannel],
      useFactory: (config: AppConfig, wechat: WechatyChatChannel, disabled: DisabledChatChannel) =>
        config.botEnabled ? wechat : disabled,
    },
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
  exports: [Outbox, OutboxSender, ChatChannel],
})
export class DeliveryModule {}
