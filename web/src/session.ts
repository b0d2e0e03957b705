import { signal } from '@preact/signals';
import { createApi, type Api } from './api/client';
import type { CallerResponse, Role } from './api/types';

const KEY = 'spaced-coach.key';
const WHO = 'spaced-coach.who';

export interface Session {
  api: Api;
  role: Role;
  /** An hr key limited to some cohorts: the bot and new cohorts are not for it. */
  scoped: boolean;
}

const restore = (): Session | null => {
  const key = sessionStorage.getItem(KEY);
  const who = sessionStorage.getItem(WHO);
  if (!key || !who) return null;
  const { role, scoped } = JSON.parse(who) as { role: Role; scoped: boolean };
  return { api: createApi(key), role, scoped };
};

export const session = signal<Session | null>(restore());

/** Checks the key against the server before keeping it in this tab. */
export async function signIn(key: string): Promise<void> {
  const api = createApi(key.trim());
  const me = await api.get<CallerResponse>('/api-keys/me');
  const who = { role: me.role, scoped: me.cohortIds !== null };
  sessionStorage.setItem(KEY, key.trim());
  sessionStorage.setItem(WHO, JSON.stringify(who));
  session.value = { api, ...who };
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(WHO);
  session.value = null;
}

/** What a key may do, as the API's guards allow it (SPEC section 4). */
export const can = ({ role, scoped }: Pick<Session, 'role' | 'scoped'>) => ({
  manageLearners: role !== 'trainer',
  createCohorts: role !== 'trainer' && !scoped,
  seeDeliveries: role !== 'trainer',
  seeBot: role !== 'trainer' && !scoped,
  editContent: role !== 'hr',
  manageBotAccounts: role === 'admin',
});
