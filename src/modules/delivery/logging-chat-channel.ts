import { Injectable, Logger } from '@nestjs/common';
import { ChatChannel, OutgoingMessage } from './chat-channel';

const PREVIEW_LENGTH = 60;

/** Writes each message to the log and reports success: the channel until WeChat is wired in. */
@Injectable()
export class LoggingChatChannel extends ChatChannel {
  private readonly logger = new Logger(LoggingChatChannel.name);

  send(message: OutgoingMessage): Promise<void> {
    // One line per message, and only the learner's number: logs must not identify a person.
    const text = message.body.replace(/\s+/g, ' ').trim();
    const preview = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}...` : text;
    this.logger.log(`[outbox] to learner #${message.learnerId} (${message.kind}): ${preview}`);
    return Promise.resolve();
  }

  isReady(): boolean {
    return true;
  }
}
