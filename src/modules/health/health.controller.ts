import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { overallStatus, PartStatus } from '../../core/health';
import { ApiKeyService } from '../auth/api-key.service';
import { Public } from '../auth/roles.decorator';
import { InboundSpool } from '../wechat/inbound-spool';
import { errorLine } from '../wechat/log-masking';
import { withTimeout } from '../wechat/timeout';
import { BotState, BotStatus } from './bot-status';
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
    private readonly dataSource: DataSource,
    private readonly bot: BotStatus,
    private readonly spool: InboundSpool,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** Open to all (load balancers, monitors); details only for a caller with a valid key. */
  @Get()
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
    if (await this.hasValidKey(request, database.status)) return { status, details };
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
      await withTimeout(this.dataSource.query('SELECT 1'), PING_TIMEOUT_MS, 'The database ping');
      return { status: 'ok' };
    } catch (error) {
      return { status: 'down', message: errorLine(error) };
    }
  }

  private botHealth(): BotHealth {
    const snapshot = this.bot.snapshot();
    return { status: BOT_STATUS[snapshot.state], ...snapshot };
  }

  /** Any role's key; none can be checked while the database is down (except ADMIN_API_KEY). */
  private async hasValidKey(request: Request, database: PartStatus): Promise<boolean> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) return false;
    try {
      return (await this.apiKeys.authenticate(match[1])) !== null;
    } catch (error) {
      if (database === 'down') return false;
      throw error;
    }
  }
}
