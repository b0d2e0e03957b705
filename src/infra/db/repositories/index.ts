import type { Abstract, Type } from '@nestjs/common';
import { botAccountsBindings } from './bot-accounts.bindings';
import { deliveryBindings } from './delivery.bindings';
import { dialogueBindings } from './dialogue.bindings';
import { engineBindings } from './engine.bindings';
import { enrollmentBindings } from './enrollment.bindings';
import { progressBindings } from './progress.bindings';

export type RepositoryBinding = { provide: Abstract<unknown>; useClass: Type<unknown> };

/** Each repository port (an abstract class in the module that owns it) and its implementation. */
export const repositoryBindings: RepositoryBinding[] = [
  ...botAccountsBindings,
  ...deliveryBindings,
  ...dialogueBindings,
  ...engineBindings,
  ...enrollmentBindings,
  ...progressBindings,
];
