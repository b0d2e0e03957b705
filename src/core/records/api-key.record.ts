export interface ApiKeyRecord {
  id: number;
  name: string;
  role: string;
  keyId: string;
  secretHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  cohortIds: number[] | null;
}
