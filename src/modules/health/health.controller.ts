import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { BotStatus } from './bot-status';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly bot: BotStatus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Database and bot state (no key needed)' })
  @Public()
  @ApiOkResponse({
    description: 'Database reachable; the bot state is reported but never fails the check',
  })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 3000 }),
        () => this.botIndicator(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private botIndicator() {
    const { state, qrCodeUrl, account } = this.bot.snapshot();
    // The error's reason and the account id are for keys (GET /api/v1/bot), not the open health check.
    const shown = { state, ...(qrCodeUrl ? { qrCodeUrl } : {}), ...(account ? { account } : {}) };
    const bot = this.indicators.check('bot');
    // A bot that is off or waiting for a scan is worth seeing, not a reason to restart the service.
    return state === 'logged-in' || state === 'disabled' ? bot.up(shown) : bot.degraded(shown);
  }
}
