import type { RepositoryBinding } from '.';

/** The engine module's repository ports and their SQL implementations. */
export const engineBindings: RepositoryBinding[] = [];
