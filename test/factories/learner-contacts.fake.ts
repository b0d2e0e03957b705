import type { LearnerRecord } from '../../src/core/records';
import { LearnerContactRepository } from '../../src/modules/wechaty/learner-contact.repository';

/** A learner as stored, with whatever the test does not care about filled in. */
export function learnerRecord(overrides: Partial<LearnerRecord> & { id: number }): LearnerRecord {
  const at = new Date('2026-03-02T01:00:00Z');
  return {
    externalId: `emp-${overrides.id}`,
    name: null,
    locale: null,
    timezone: null,
    deliveryTime: null,
    wechatContactId: null,
    wechatAlias: null,
    boundAt: null,
    botAccountId: null,
    createdAt: at,
    updatedAt: at,
    erasedAt: null,
    ...overrides,
  };
}

/** The learners table in memory, as LearnerContactRepository sees it. */
export class InMemoryLearnerContacts extends LearnerContactRepository {
  readonly learners = new Map<number, LearnerRecord>();

  constructor(learners: LearnerRecord[] = []) {
    super();
    for (const learner of learners) this.learners.set(learner.id, learner);
  }

  byContactId(contactId: string): Promise<LearnerRecord | null> {
    return Promise.resolve(this.find((l) => l.wechatContactId === contactId));
  }

  byAlias(alias: string): Promise<LearnerRecord | null> {
    return Promise.resolve(this.find((l) => l.wechatAlias === alias));
  }

  byId(learnerId: number): Promise<LearnerRecord | null> {
    return Promise.resolve(this.find((l) => l.id === learnerId));
  }

  setContactId(learnerId: number, contactId: string, at: Date): Promise<void> {
    const learner = this.learners.get(learnerId);
    if (learner)
      this.learners.set(learnerId, { ...learner, wechatContactId: contactId, updatedAt: at });
    return Promise.resolve();
  }

  private find(match: (learner: LearnerRecord) => boolean): LearnerRecord | null {
    return [...this.learners.values()].find((l) => !l.erasedAt && match(l)) ?? null;
  }
}
