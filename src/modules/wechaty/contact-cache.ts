import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * wechaty-puppet-service's payload store: LevelDB folders of contact, room and member payloads
 * under ~/.wechaty/wechaty-puppet-service/<token>/<version>/<account>.
 */
interface PayloadStore {
  contact?: { get(key: string): Promise<unknown> };
  roomMember?: { get(key: string): Promise<unknown> };
  room?: { get(key: string): Promise<unknown> };
  storeDir?: string;
  accountId?: string;
  stop(): Promise<void>;
  start(accountId: string): Promise<void>;
}

/** What every puppet has but Wechaty's public interface leaves out: its payload caches. */
interface CachingPuppet {
  cache?: { contact?: { delete(id: string): unknown } };
  _payloadStore?: PayloadStore;
}

/**
 * Forgets a contact in the puppet: its in-memory payload cache (every puppet) and, for
 * wechaty-puppet-service, the store on disk. LevelDB cannot forget one key for good (a delete
 * is a marker; the old value and its key stay in logs and the manifest until compactions
 * that may never come), so the whole store goes and starts empty: it is only a cache, and
 * the puppet fetches what it needs again.
 */
export async function forgetCachedContact(puppet: object, contactId: string): Promise<void> {
  const caching = puppet as CachingPuppet;
  const store = caching._payloadStore;
  if (store?.storeDir && store.accountId) {
    const accountId = store.accountId;
    await store.stop();
    try {
      await rm(join(store.storeDir, accountId), { recursive: true, force: true });
    } finally {
      await store.start(accountId);
      // The stores open in the background; a read waits for that, so no open is still
      // under way if the bot stops right after (its failure would crash the process).
      await Promise.all([store.contact, store.roomMember, store.room].map((s) => s?.get('-')));
    }
  }
  // Not `onDirty`: for the service puppet it also deletes from the store, which writes the
  // contact id into the fresh store as a deletion marker.
  caching.cache?.contact?.delete(contactId);
}
