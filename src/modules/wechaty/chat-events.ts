import type { AccountKey } from '../delivery/outbox.repository';

/** A chat message as the dialogue sees it: plain data, no Wechaty objects. */
export interface InboundMessage {
  /** The pool account that received it (null: the WECHATY_* default account). */
  accountId: AccountKey;
  messageId: string;
  contactId: string;
  /** The alias (remark name) the bot gave the contact; how a learner is found after a re-login. */
  contactAlias: string | null;
  text: string;
  isRoom: boolean;
  isSelf: boolean;
  isText: boolean;
}

/** Someone asking to become the bot's friend. */
export interface FriendRequest {
  accountId: AccountKey;
  contactId: string;
  greeting: string;
  accept(): Promise<void>;
}

/** What the dialogue does with chat events; the bot calls it and knows nothing more. */
export interface ChatEventListener {
  message(message: InboundMessage): Promise<void>;
  friendRequest(request: FriendRequest): Promise<void>;
}

/** Where a learner is reached: the contact id, else (after a re-login) the stable alias. */
export interface ContactAddress {
  contactId: string | null;
  alias: string | null;
}
