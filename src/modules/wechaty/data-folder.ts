import { existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig } from '../../config/app-config';

/** The bot's name, which also names its memory card file (`<name>.memory-card.json`). */
export const BOT_NAME = 'spaced-coach-bot';

/**
 * Where the bot keeps its memory card (the login session of puppets that can resume one):
 * next to the SQLite file, or `./data` on MySQL/MariaDB. Wechaty would write it into the
 * current folder otherwise; an absolute name puts it here instead.
 */
export function memoryCardName(config: AppConfig): string {
  const target = config.database;
  const folder =
    target.type === 'sqlite' && target.path !== ':memory:' ? dirname(target.path) : 'data';
  return resolve(folder, BOT_NAME);
}

/**
 * Wechaty logs `MemoryCard load() exception: Unexpected end of JSON input` and carries on
 * half-loaded when its file is empty or cut short (a crash while writing, a full disk). Such a
 * file is moved aside, so the bot starts clean with a new login; returns where it went.
 */
export function setAsideUnreadableMemoryCard(name: string, now: Date): string | null {
  const file = `${name}.memory-card.json`;
  if (!existsSync(file)) return null;
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return null;
  } catch {
    const aside = `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    return aside;
  }
}
