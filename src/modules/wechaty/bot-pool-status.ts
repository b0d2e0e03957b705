import { Injectable } from '@nestjs/common';
import { BotStatus, BotStatusSnapshot } from '../../core/bot-status';
import { BotPool } from './bot-pool';

/**
 * The bot's login state, with the QR code link while waiting for a scan, for `GET /api/v1/bot`
 * and the health check. Whoever scans that code logs their own account in as the bot, so only
 * callers with an API key see it.
 */
@Injectable()
export class BotPoolStatus extends BotStatus {
  constructor(private readonly bot: BotPool) {
    super();
  }

  snapshot(): BotStatusSnapshot {
    return this.bot.snapshot();
  }
}
