import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { FailedAttempts } from '../../core/failed-attempts';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyService } from './api-key.service';
import { ApiKeysController } from './api-keys.controller';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { CohortReachGuard } from './cohort-reach.guard';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.apiRateLimitPerMinute }],
    }),
  ],
  controllers: [ApiKeysController],
  providers: [
    ApiKeyService,
    {
      provide: FailedAttempts,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new FailedAttempts(config.authFailuresPerMinute, 60_000),
    },
    // Order matters: the key is known before the throttler counts it.
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
    { provide: APP_GUARD, useClass: CohortReachGuard },
  ],
  exports: [ApiKeyService],
})
export class AuthModule {}
