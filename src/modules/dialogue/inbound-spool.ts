import { Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import { SpoolRecord } from '../../core/inbound/spool-record';
import { SpoolFile } from '../../infra/spool/spool-file';
import { InboundMessage } from '../wechaty/chat-events';

export const SPOOL_FILE_NAME = 'inbound-spool.jsonl';

/**
 * Chat messages that arrived while the database could not be reached, on local disk until
 * they are handled (then deleted one by one). Holds learners' texts: it is kept only as
 * long as the outage lasts.
 */
@Injectable()
export class InboundSpool {
  private readonly logger = new Logger('Inbound');
  private readonly file: SpoolFile;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    const opening = openSpool(join(config.spoolDir, SPOOL_FILE_NAME));
    this.file = opening.spool;
    if (opening.torn) this.logger.warn('The inbound spool ended in a torn line (a crash); dropped');
    if (opening.damaged > 0) {
      this.logger.error(`The inbound spool had ${opening.damaged} unreadable lines; skipped`);
    }
    if (this.file.size > 0) {
      this.logger.warn(`${this.file.size} chat messages wait in the spool to be handled`);
    }
  }

  /** How many messages wait. */
  get waiting(): number {
    return this.file.size;
  }

  keep(message: InboundMessage, interrupted: boolean): void {
    this.file.append({
      accountId: message.accountId,
      messageId: message.messageId,
      contactId: message.contactId,
      contactAlias: message.contactAlias,
      text: message.text,
      isText: message.isText,
      receivedAt: this.clock.now().toISOString(),
      interrupted,
    });
  }

  /** The oldest message waiting, as the dialogue takes it. */
  next(): { message: InboundMessage; interrupted: boolean } | undefined {
    const record = this.file.first();
    return record && { message: toMessage(record), interrupted: record.interrupted };
  }

  /** Deletes the oldest message, once handled. */
  handled(): void {
    this.file.dropFirst();
  }
}

/** Opens the spool, or stops the start with a line that names the setting to fix. */
function openSpool(path: string) {
  try {
    return SpoolFile.open(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The inbound spool ${path} cannot be used (check SPOOL_DIR): ${reason}`, {
      cause: error,
    });
  }
}

function toMessage(record: SpoolRecord): InboundMessage {
  const { messageId, contactId, contactAlias, text, isText } = record;
  const accountId = record.accountId ?? null;
  return {
    accountId,
    messageId,
    contactId,
    contactAlias,
    text,
    isText,
    isRoom: false,
    isSelf: false,
  };
}
