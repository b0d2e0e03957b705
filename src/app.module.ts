import { DynamicModule, Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AppConfig } from './config/app-config';
import { Clock } from './core/clock';
import { DatabaseModule } from './infra/db/database.module';
import { SystemClock } from './infra/system-clock';
import { AdminModule } from './modules/admin/admin.module';
import { AuthModule } from './modules/auth/auth.module';
import { BotAccountsModule } from './modules/bot-accounts/bot-accounts.module';
import { ContentModule } from './modules/content/content.module';
import { DeliveryModule } from './modules/delivery/delivery.module';
import { EngineModule } from './modules/engine/engine.module';
import { EnrollmentModule } from './modules/enrollment/enrollment.module';
import { HealthModule } from './modules/health/health.module';
import { MemoryModelModule } from './modules/memory-model/memory-model.module';
import { DialogueModule } from './modules/dialogue/dialogue.module';
import { ProgressModule } from './modules/progress/progress.module';

/** Config and clock, visible to every module. */
@Global()
@Module({})
class CoreProvidersModule {
  static with(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreProvidersModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

export interface AppOptions {
  /** Tests and the simulator pass a clock they can move. */
  clock?: Clock;
  /** False leaves out the minute tick, for tests and tools that drive the planner themselves. */
  scheduler?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreProvidersModule.with(config, options.clock ?? new SystemClock()),
        DatabaseModule,
        AuthModule,
        HealthModule,
        ContentModule,
        EnrollmentModule,
        DeliveryModule,
        DialogueModule,
        EngineModule,
        AdminModule,
        BotAccountsModule,
        ProgressModule,
        MemoryModelModule,
        ...(options.scheduler === false ? [] : [ScheduleModule.forRoot()]),
      ],
    };
  }
}
