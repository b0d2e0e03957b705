import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { BotStatus } from '../../core/bot-status';
import { ChatChannel } from '../delivery/chat-channel';
import { DisabledChatChannel } from '../delivery/disabled-chat-channel';
import { BotController } from './bot.controller';
import { LearnerContacts } from './learner-contacts';
import { BotPool } from './bot-pool';
import { BotPoolStatus } from './bot-pool-status';
import { WechatyChatChannel } from './wechaty-chat-channel';

/**
 * The WeChat adapter: the Wechaty bot, its contacts and login state. Global, so the outbox
 * sends through its ChatChannel and health reads its BotStatus without importing it: the
 * adapter depends on no feature module and none depends on it by import but the dialogue.
 */
@Global()
@Module({
  controllers: [BotController],
  providers: [
    BotPool,
    WechatyChatChannel,
    DisabledChatChannel,
    LearnerContacts,
    { provide: BotStatus, useClass: BotPoolStatus },
    {
      provide: ChatChannel,
      inject: [AppConfig, WechatyChatChannel, DisabledChatChannel],
      useFactory: (config: AppConfig, wechat: WechatyChatChannel, disabled: DisabledChatChannel) =>
        config.botEnabled ? wechat : disabled,
    },
  ],
  exports: [BotPool, LearnerContacts, BotStatus, ChatChannel],
})
export class WechatyModule {}
