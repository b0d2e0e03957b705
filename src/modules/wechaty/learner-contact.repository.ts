import type { LearnerRecord } from '../../core/records';

/** Port: the learners' WeChat contact ids and aliases. Erased learners are never found. */
export abstract class LearnerContactRepository {
  abstract byContactId(contactId: string): Promise<LearnerRecord | null>;
  abstract byAlias(alias: string): Promise<LearnerRecord | null>;
  abstract byId(learnerId: number): Promise<LearnerRecord | null>;
  /** Stores the contact id a re-login gave the learner. */
  abstract setContactId(learnerId: number, contactId: string, at: Date): Promise<void>;
  /**
   * Pins the learner to the account their code reached, with the messages still waiting for
   * them: every message then goes through the account they are friends with.
   */
  abstract pinToAccount(learnerId: number, accountId: number | null, at: Date): Promise<void>;
}
