import type { AccountKey } from './outbox.repository';

/** One outbox row as the channel sees it: no names or WeChat ids, only the learner's number. */
export interface OutgoingMessage {
  id: number;
  learnerId: number;
  /** The account it goes through: the learner's (null: the WECHATY_* default account). */
  botAccountId: AccountKey;
  kind: string;
  body: string;
}

/** An account the channel can send through now, and for how long it holds it. */
export interface ReadyAccount {
  accountId: AccountKey;
  leaseUntil: Date;
  sendRatePerMinute: number;
}

/**
 * Port: where outbox messages leave the system (Wechaty is one adapter). Also the Nest
 * injection token: `{ provide: ChatChannel, useClass: ... }`.
 */
export abstract class ChatChannel {
  /**
   * Sends one message; throws on failure (the outbox retries). It should settle well within
   * the outbox lease (2 minutes): a send still running then may be repeated by another worker.
   */
  abstract send(message: OutgoingMessage): Promise<void>;
  /** False while the channel cannot send at all (e.g. bot logged out): the sender waits without spending attempts. */
  abstract isReady(): boolean;

  /** The accounts it sends through now; the sender claims only their messages. */
  abstract readyAccounts(): ReadyAccount[];
  /**
   * Drops whatever the channel keeps about a contact (a cached name, an avatar) once the
   * learner is erased. Nothing to drop for a channel that keeps nothing.
   */
  async forgetContact(_contactId: string): Promise<void> {}
}
