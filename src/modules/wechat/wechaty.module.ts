import { Module } from '@nestjs/common';
import { BotController } from './bot.controller';
import { LearnerContacts } from './learner-contacts';
import { WechatyBot } from './wechaty-bot';
import { WechatyBotStatus } from './wechaty-bot-status';
import { WechatyChatChannel } from './wechaty-chat-channel';

/**
 * The WeChat connection: the bot, the outbox's channel through it, and its status. Apart
 * from the dialogue (WechatModule), so delivery can send through it without a cycle.
 */
@Module({
  controllers: [BotController],
  providers: [WechatyBot, WechatyChatChannel, WechatyBotStatus, LearnerContacts],
  exports: [WechatyBot, WechatyChatChannel, WechatyBotStatus, LearnerContacts],
})
export class WechatyModule {}
