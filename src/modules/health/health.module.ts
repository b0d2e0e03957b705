import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { BotStatus, DisabledBotStatus } from './bot-status';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [{ provide: BotStatus, useClass: DisabledBotStatus }],
})
export class HealthModule {}
