import { AppConfig } from '../../config/app-config';
import type { BotAccountRecord } from '../../core/records';
import type { AccountSetup } from './account-bot';
import { memoryCardName } from './data-folder';

/**
 * How to build an account's Wechaty: a stored account with its puppet, token, endpoint and
 * TLS options and a memory card of its own; the default account (null) as Wechaty reads the
 * WECHATY_* variables, with today's memory card.
 */
export function accountSetup(config: AppConfig, account: BotAccountRecord | null): AccountSetup {
  const card = memoryCardName(config);
  if (!account) return { key: null, label: 'the default account', memoryCard: card };
  const { token, endpoint, tls } = account;
  const options = {
    ...(token ? { token } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(tls ? { tls } : {}),
  };
  return {
    key: account.id,
    label: `account #${account.id} (${account.name})`,
    memoryCard: `${card}-${account.id}`,
    puppet: { name: account.puppet, options },
  };
}
