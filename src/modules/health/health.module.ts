import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { WechatModule } from '../wechat/wechat.module';
import { WechatyBotStatus } from '../wechat/wechaty-bot-status';
import { WechatyModule } from '../wechat/wechaty.module';
import { BotStatus } from './bot-status';
import { HealthController } from './health.controller';

@Module({
  imports: [AuthModule, WechatyModule, WechatModule, EnrollmentModule],
  controllers: [HealthController],
  providers: [{ provide: BotStatus, useExisting: WechatyBotStatus }],
})
export class HealthModule {}
