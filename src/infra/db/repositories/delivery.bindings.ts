import type { RepositoryBinding } from '.';

/** The delivery module's repository ports and their SQL implementations. */
export const deliveryBindings: RepositoryBinding[] = [];
