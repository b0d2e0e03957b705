import { signal } from '@preact/signals';
import { ApiError, createApi, type Api } from './api/client';
import type { Role } from './api/types';

const KEY = 'spaced-coach.key';
const ROLE = 'spaced-coach.role';

export interface Session {
  api: Api;
  role: Role;
}

const restore = (): Session | null => {
  const key = sessionStorage.getItem(KEY);
  const role = sessionStorage.getItem(ROLE) as Role | null;
  return key && role ? { api: createApi(key), role } : null;
};

export const session = signal<Session | null>(restore());

/**
 * The API has no "who am I": an admin key may list keys, and any other key's 403 names
 * its role ("The hr role may not do this").
 */
export async function roleOf(api: Api): Promise<Role> {
  try {
    await api.get('/api-keys');
    return 'admin';
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
    const named = /\b(hr|trainer)\b/.exec(error.body?.message ?? '');
    if (!named) throw error;
    return named[1] as Role;
  }
}

/** Checks the key against the server before keeping it in this tab. */
export async function signIn(key: string): Promise<void> {
  const api = createApi(key.trim());
  const role = await roleOf(api);
  sessionStorage.setItem(KEY, key.trim());
  sessionStorage.setItem(ROLE, role);
  session.value = { api, role };
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ROLE);
  session.value = null;
}

/** What each role may do, as the API's guards allow it (SPEC section 4). */
export const can = (role: Role) => ({
  manageLearners: role !== 'trainer',
  seeDeliveries: role !== 'trainer',
  editContent: role !== 'hr',
  manageBotAccounts: role === 'admin',
});
