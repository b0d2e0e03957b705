import { resolve } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { memoryCardName } from './data-folder';

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
