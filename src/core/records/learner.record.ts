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
  createdAt: Date;
  updatedAt: Date;
  erasedAt: Date | null;
}
