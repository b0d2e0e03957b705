import { Injectable } from '@nestjs/common';
import { BotStatus, BotStatusSnapshot } from '../health/bot-status';
import { WechatyBot } from './wechaty-bot';

/** The bot's login state with the QR code link and account: for `GET /api/v1/bot`, behind a key. */
@Injectable()
export class WechatyBotStatus extends BotStatus {
  constructor(private readonly bot: WechatyBot) {
    super();
  }

  snapshot(): BotStatusSnapshot {
    return this.bot.snapshot();
  }
}

/**
 * The state alone, for the health check, which answers without a key. Whoever scans the QR
 * code logs their own account in as the bot, so the link stays behind `GET /api/v1/bot`.
 */
@Injectable()
export class PublicBotStatus extends BotStatus {
  constructor(private readonly bot: WechatyBot) {
    super();
  }

  snapshot(): BotStatusSnapshot {
    return { state: this.bot.snapshot().state };
  }
}
