import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { memoryCardName, setAsideUnreadableMemoryCard } from './data-folder';

describe('where the bot keeps its memory card', () => {
  it.each([
    [
      'next to the SQLite file',
      'sqlite:/var/lib/coach/spaced-coach.sqlite',
      '/var/lib/coach/spaced-coach-bot',
    ],
    [
      'next to a relative SQLite file',
      'sqlite:./data/spaced-coach.sqlite',
      resolve('data/spaced-coach-bot'),
    ],
    [
      'in ./data on MariaDB',
      'mariadb://root@127.0.0.1:3306/coach',
      resolve('data/spaced-coach-bot'),
    ],
  ])('%s', (_, url, name) => {
    expect(memoryCardName(AppConfig.fromEnv({ DATABASE_URL: url }))).toBe(name);
  });
});

describe('an unreadable memory card', () => {
  const now = new Date('2026-12-07T04:00:00Z');
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'memory-card-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['empty', ''],
    ['cut short', '{"puppet":{"wechat4u":'],
  ])('is moved aside when %s, so the bot starts with a new login', (_, text) => {
    const name = join(dir, 'spaced-coach-bot');
    writeFileSync(`${name}.memory-card.json`, text);
    const aside = setAsideUnreadableMemoryCard(name, now);
    expect(aside).toBe(`${name}.memory-card.json.unreadable-2026-12-07T04-00-00-000Z`);
    expect(existsSync(`${name}.memory-card.json`)).toBe(false);
    expect(readdirSync(dir)).toEqual([
      'spaced-coach-bot.memory-card.json.unreadable-2026-12-07T04-00-00-000Z',
    ]);
  });

  it('stays where it is when it reads, or when there is none', () => {
    const name = join(dir, 'spaced-coach-bot');
    expect(setAsideUnreadableMemoryCard(name, now)).toBeNull();
    writeFileSync(`${name}.memory-card.json`, '{"puppet":{}}');
    expect(setAsideUnreadableMemoryCard(name, now)).toBeNull();
    expect(existsSync(`${name}.memory-card.json`)).toBe(true);
  });
});
