import { Injectable } from '@nestjs/common';
import { BotStatus, BotStatusSnapshot } from '../../core/bot-status';
import { WechatyBot } from './wechaty-bot';

/**
 * The bot's login state, with the QR code link while waiting for a scan, for `GET /api/v1/bot`
 * and the health check. Whoever scans that code logs their own account in as the bot, so only
 * callers with an API key see it.
 */
@Injectable()
export class WechatyBotStatus extends BotStatus {
  constructor(private readonly bot: WechatyBot) {
    super();
  }

  snapshot(): BotStatusSnapshot {
    return this.bot.snapshot();
  }
}
