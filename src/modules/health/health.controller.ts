import { Controller, Get, Req, Res, ServiceUnavailableException } from '@nestjs/common';
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
import type { Request, Response } from 'express';
import { ApiKeyService } from '../auth/api-key.service';
import { CalendarWarnings, CohortCalendarWarning } from '../enrollment/calendar-warnings';
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
    private readonly apiKeys: ApiKeyService,
    private readonly calendars: CalendarWarnings,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Database and bot state (no key needed)' })
  @Public()
  @ApiOkResponse({
    description:
      'Database reachable; the bot state is reported but never fails the check. With an API key, `calendarWarnings` lists the cohorts whose holiday calendar runs out within 30 days.',
  })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthCheckResult & { calendarWarnings?: CohortCalendarWarning[] }> {
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 3000 }),
        () => this.botIndicator(),
      ]);
      return { ...result, ...(await this.warningsFor(request)) };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  /** Cohorts' warnings are for callers with a key; the open check names no cohort. */
  private async warningsFor(request: Request) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match || !(await this.apiKeys.authenticate(match[1]))) return {};
    return { calendarWarnings: await this.calendars.current() };
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
