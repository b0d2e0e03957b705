import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { FriendRequests } from './friend-requests';
import { InboundMessageHandler } from './inbound-message.handler';
import { PerContactQueue } from '../wechaty/per-contact-queue';
import { BotPool } from '../wechaty/bot-pool';

/** Starts the bot with the dialogue listening, one event at a time per contact. */
@Injectable()
export class ChatEventsBridge implements OnApplicationBootstrap {
  private readonly queue = new PerContactQueue();

  constructor(
    private readonly bot: BotPool,
    private readonly inbound: InboundMessageHandler,
    private readonly friends: FriendRequests,
  ) {}

  onApplicationBootstrap(): void {
    this.bot.start({
      message: (m) => this.queue.run(m.contactId, () => this.inbound.handle(m)),
      friendRequest: (r) => this.queue.run(r.contactId, () => this.friends.consider(r)),
    });
  }
}
