import type { RepositoryBinding } from '.';

/** The progress module's repository ports and their SQL implementations. */
export const progressBindings: RepositoryBinding[] = [];
