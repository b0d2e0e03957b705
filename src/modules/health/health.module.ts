import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DialogueModule } from '../dialogue/dialogue.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { HealthController } from './health.controller';

/** Reads the bot's state through the BotStatus port, which the WeChat adapter provides globally. */
@Module({
  imports: [AuthModule, DialogueModule, EnrollmentModule],
  controllers: [HealthController],
})
export class HealthModule {}
