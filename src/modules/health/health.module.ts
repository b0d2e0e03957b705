import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { WechatyBotStatus } from '../wechat/wechaty-bot-status';
import { WechatyModule } from '../wechat/wechaty.module';
import { BotStatus } from './bot-status';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule, WechatyModule],
  controllers: [HealthController],
  providers: [{ provide: BotStatus, useExisting: WechatyBotStatus }],
})
export class HealthModule {}
