import { Injectable } from '@nestjs/common';
import { ChatChannel, OutgoingMessage, ReadyAccount } from './chat-channel';

/**
 * The channel of an instance without WeChat (BOT_ENABLED=false): never ready, so its sender
 * claims no outbox row and leaves every message to an instance that can deliver it.
 */
@Injectable()
export class DisabledChatChannel extends ChatChannel {
  send(message: OutgoingMessage): Promise<void> {
    return Promise.reject(
      new Error(`Message #${message.id} not sent: WeChat is disabled here (BOT_ENABLED=false)`),
    );
  }

  isReady(): boolean {
    return false;
  }

  readyAccounts(): ReadyAccount[] {
    return [];
  }
}
