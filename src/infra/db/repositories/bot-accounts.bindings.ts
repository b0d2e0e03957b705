import type { RepositoryBinding } from '.';
import { BotAccountRepository } from '../../../modules/bot-accounts/bot-account.repository';
import { SqlBotAccountRepository } from './bot-account.sql-repository';

/** The bot-accounts module's repository port and its SQL implementation. */
export const botAccountsBindings: RepositoryBinding[] = [
  { provide: BotAccountRepository, useClass: SqlBotAccountRepository },
];
