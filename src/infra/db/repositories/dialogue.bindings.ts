import type { RepositoryBinding } from '.';

/** The dialogue module's repository ports and their SQL implementations. */
export const dialogueBindings: RepositoryBinding[] = [];
