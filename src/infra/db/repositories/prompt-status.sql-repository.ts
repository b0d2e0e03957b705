import { Injectable } from '@nestjs/common';
import type { PromptStatus } from '../../../core/records';
import { PromptStatusRepository } from '../../../modules/dialogue/prompt-status.repository';
import { Database } from '../database';
import { SessionPromptEntity } from '../entities';

@Injectable()
export class SqlPromptStatusRepository extends PromptStatusRepository {
  constructor(private readonly db: Database) {
    super();
  }

  statusOf(promptId: number): Promise<PromptStatus | null> {
    return this.db.withManager(async (m) => {
      const prompt = await m
        .getRepository(SessionPromptEntity)
        .findOne({ where: { id: promptId }, select: { id: true, status: true } });
      return prompt?.status ?? null;
    });
  }
}
