export type DatabaseTarget =
  { type: 'sqlite'; path: string } | { type: 'mysql' | 'mariadb'; url: string; database: string };

export const DEFAULT_DATABASE_URL = 'sqlite:./data/spaced-coach.sqlite';

/** Parses DATABASE_URL; throws an Error whose message says what is wrong. */
export function parseDatabaseUrl(raw: string): DatabaseTarget {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (!path) throw new Error('sqlite: needs a file path, e.g. sqlite:./data/spaced-coach.sqlite');
    return { type: 'sqlite', path };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('must be sqlite:<path>, mysql://user:pass@host:3306/db or mariadb://...');
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new Error(`unsupported scheme "${scheme}": use sqlite:, mysql:// or mariadb://`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname) throw new Error('needs a host, e.g. mariadb://user:pass@127.0.0.1:3306/db');
  if (!database) throw new Error('needs a database name after the host, e.g. .../spaced_coach');
  return { type: scheme, url: raw, database };
}
