import { Controller, Get, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { overallStatus, PartStatus } from '../../core/health';
import { ApiKeyService, Principal } from '../auth/api-key.service';
import { CalendarWarnings, CohortCalendarWarning } from '../enrollment/calendar-warnings';
import { Public } from '../auth/roles.decorator';
import { InboundSpool } from '../dialogue/inbound-spool';
import { errorLine } from '../../core/log-masking';
import { withTimeout } from '../../infra/timeout';
import { BotState, BotStatus } from '../../core/bot-status';
import { DatabaseProbe } from './database-probe';
import { BotHealth, DatabaseHealth, HealthResponse } from './health.response';

const PING_TIMEOUT_MS = 3000;

const BOT_STATUS: Record<BotState, PartStatus> = {
  disabled: 'ok',
  'logged-in': 'ok',
  starting: 'degraded',
  'waiting-for-scan': 'degraded',
  'logged-out': 'degraded',
  error: 'down',
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly probe: DatabaseProbe,
    private readonly bot: BotStatus,
    private readonly spool: InboundSpool,
    private readonly apiKeys: ApiKeyService,
    private readonly calendars: CalendarWarnings,
  ) {}

  /** Open to all (load balancers, monitors); details only for a caller with a valid key. */
  @Get()
  @ApiOperation({ summary: 'Database, bot and inbox state (no key needed)' })
  @Public()
  @ApiOkResponse({ type: HealthResponse, description: 'The database answers' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database is down' })
  async check(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthResponse> {
    const database = await this.database();
    const details = {
      database,
      bot: this.botHealth(),
      inbox: { status: this.spool.waiting > 0 ? 'degraded' : 'ok', waiting: this.spool.waiting },
    } as const;
    const status = overallStatus({
      database: database.status,
      bot: details.bot.status,
      inbox: details.inbox.status,
    });
    if (status === 'down') response.status(503);
    const caller = await this.caller(request, database.status);
    if (caller && database.status === 'down') return { status, details };
    if (caller) return { status, details, calendarWarnings: await this.warningsFor(caller) };
    return {
      status,
      details: {
        database: { status: database.status },
        bot: { status: details.bot.status },
        inbox: { status: details.inbox.status },
      },
    };
  }

  private async database(): Promise<DatabaseHealth> {
    try {
      await withTimeout(this.probe.ping(), PING_TIMEOUT_MS, 'The database ping');
      return { status: 'ok' };
    } catch (error) {
      return { status: 'down', message: errorLine(error) };
    }
  }

  /** The error's reason and the account id are for GET /api/v1/bot, not the health check. */
  private botHealth(): BotHealth {
    const { state, qrCodeUrl, account } = this.bot.snapshot();
    return {
      status: BOT_STATUS[state],
      state,
      ...(qrCodeUrl ? { qrCodeUrl } : {}),
      ...(account ? { account } : {}),
    };
  }

  /** Any role's key; none can be checked while the database is down (except ADMIN_API_KEY). */
  private async caller(request: Request, database: PartStatus): Promise<Principal | null> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) return null;
    try {
      return await this.apiKeys.authenticate(match[1]);
    } catch (error) {
      if (database === 'down') return null;
      throw error;
    }
  }

  /** A key limited to cohorts hears only of its own cohorts' calendars. */
  private async warningsFor({ cohortIds }: Principal): Promise<CohortCalendarWarning[]> {
    const all = await this.calendars.current();
    return cohortIds ? all.filter((w) => cohortIds.includes(w.cohortId)) : all;
  }
}
