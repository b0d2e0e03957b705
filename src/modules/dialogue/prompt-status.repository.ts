import type { PromptStatus } from '../../core/records';

/** Port: where a prompt stands, for an answer that arrived after it closed. */
export abstract class PromptStatusRepository {
  /** Null when there is no such prompt. */
  abstract statusOf(promptId: number): Promise<PromptStatus | null>;
}
