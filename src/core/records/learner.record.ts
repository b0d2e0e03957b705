export interface LearnerRecord {
  id: number;
  externalId: string | null;
  name: string | null;
  locale: string | null;
  timezone: string | null;
  deliveryTime: string | null;
  wechatContactId: string | null;
  wechatAlias: string | null;
  boundAt: Date | null;
  /** The pool account the learner is pinned to; null: the WECHATY_* default account. */
  botAccountId: number | null;
  createdAt: Date;
  updatedAt: Date;
  erasedAt: Date | null;
}
