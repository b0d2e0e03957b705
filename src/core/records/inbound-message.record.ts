/** A chat message the bot acted on; the unique id lets a message delivered twice through once. */
export interface InboundMessageRecord {
  id: number;
  messageId: string;
  learnerId: number | null;
  receivedAt: Date;
}
