import { DataSource } from 'typeorm';
import { ApiKeyEntity, CourseEntity, entities } from '../../src/infra/db/entities';
import { findJoinedRow } from '../../src/infra/db/raw-joins';
import { findRow, findRowOrFail, findRows } from '../../src/infra/db/raw-reads';
import { insertRows, updateById } from '../../src/infra/db/raw-writes';
import { codecFor } from '../../src/infra/db/row-codec';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const CREATED = new Date('2026-03-02T01:00:00Z');

describe(`rows read and written without the query builder (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    await dataSource.transaction((m) =>
      insertRows(m, ApiKeyEntity, [
        {
          name: 'live',
          role: 'admin',
          keyId: 'k-live',
          secretHash: 'a'.repeat(64),
          createdAt: CREATED,
        },
        {
          name: 'revoked',
          role: 'hr',
          keyId: 'k-old',
          secretHash: 'b'.repeat(64),
          createdAt: CREATED,
          revokedAt: new Date('2026-03-03T00:00:00Z'),
        },
      ]),
    );
  });
  afterEach(() => closeTestDataSource(dataSource, db));

  it('finds by equality and by null, hydrated as the entity a find returns', async () => {
    const m = dataSource.manager;
    const live = await findRows(m, ApiKeyEntity, { revokedAt: null });
    expect(live.map((k) => k.name)).toEqual(['live']);
    expect(live[0]).toEqual(await m.findOneByOrFail(ApiKeyEntity, { keyId: 'k-live' }));
    expect(live[0].createdAt).toEqual(CREATED);
    expect(live[0]).toBeInstanceOf(ApiKeyEntity);
    expect(
      (await findRowOrFail(m, ApiKeyEntity, { keyId: 'k-old', role: 'hr' })).revokedAt,
    ).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect(await findRow(m, ApiKeyEntity, { keyId: 'k-old', revokedAt: null })).toBeNull();
    await expect(findRowOrFail(m, ApiKeyEntity, { keyId: 'nobody' })).rejects.toThrow(
      /No api_keys row/,
    );
  });

  it('finds by a list of values, and nothing for an empty list', async () => {
    const m = dataSource.manager;
    const both = await findRows(m, ApiKeyEntity, { keyId: ['k-old', 'k-live', 'k-none'] });
    expect(both.map((k) => k.name).sort()).toEqual(['live', 'revoked']);
    expect(await findRows(m, ApiKeyEntity, { keyId: [] })).toEqual([]);
    await expect(findRows(m, ApiKeyEntity, { keyId: undefined })).rejects.toThrow(/no value/);
  });

  it('reads one joined row as an entity per alias, null where the outer join found none', async () => {
    const m = dataSource.manager;
    const joined = (other: string) =>
      findJoinedRow(
        m,
        { a: ApiKeyEntity, b: ApiKeyEntity },
        'FROM api_keys a LEFT JOIN api_keys b ON b.key_id = ? WHERE a.key_id = ?',
        [other, 'k-live'],
      );
    const both = await joined('k-old');
    expect(both!.a).toEqual(await m.findOneByOrFail(ApiKeyEntity, { keyId: 'k-live' }));
    expect(both!.a).toBeInstanceOf(ApiKeyEntity);
    expect(both!.b!.revokedAt).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect((await joined('k-none'))!.b).toBeNull();
    expect(
      await findJoinedRow(m, { a: ApiKeyEntity }, 'FROM api_keys a WHERE a.key_id = ?', ['none']),
    ).toBeNull();
  });

  it('updates a row only while it still holds the expected values', async () => {
    const { id } = await findRowOrFail(dataSource.manager, ApiKeyEntity, { keyId: 'k-live' });
    const rename = (onlyIf: Partial<ApiKeyEntity>) =>
      dataSource.transaction((m) => updateById(m, ApiKeyEntity, id, { name: 'renamed' }, onlyIf));
    expect(await rename({ role: 'hr' })).toBe(0);
    expect(await rename({ role: 'admin' })).toBe(1);
    expect((await findRowOrFail(dataSource.manager, ApiKeyEntity, { id })).name).toBe('renamed');
  });

  it('writes and reads JSON, a text key and times as a TypeORM find sees them', async () => {
    const course = {
      id: 'negotiation',
      title: { en: 'Negotiation', zh: '谈判' },
      summary: { en: 'Holding the price' },
      defaultLocale: 'en',
      locales: ['en', 'zh'],
      contentHash: 'c'.repeat(64),
      createdAt: new Date('2026-03-02T01:02:03Z'),
      updatedAt: CREATED,
      retiredAt: null,
    } as CourseEntity;
    await dataSource.transaction((m) => insertRows(m, CourseEntity, [course]));
    const m = dataSource.manager;
    const read = await findRowOrFail(m, CourseEntity, { id: 'negotiation' });
    expect(read).toEqual(course);
    expect(read).toEqual(await m.findOneByOrFail(CourseEntity, { id: 'negotiation' }));
    await dataSource.transaction((w) =>
      updateById(w, CourseEntity, 'negotiation', { locales: ['zh'], retiredAt: CREATED }),
    );
    expect(await m.findOneByOrFail(CourseEntity, { id: 'negotiation' })).toMatchObject({
      locales: ['zh'],
      retiredAt: CREATED,
    });
  });

  it('knows how to encode every column of every entity', () => {
    for (const entity of entities) expect(() => codecFor(dataSource.manager, entity)).not.toThrow();
  });

  it('binds and reads single values for hand-written SQL as the entity stores them', async () => {
    const codec = codecFor(dataSource.manager, ApiKeyEntity);
    const [row] = await dataSource.query(
      'SELECT created_at FROM api_keys WHERE created_at = ? AND key_id = ?',
      [codec.encodeProperty('createdAt', CREATED), 'k-live'],
    );
    expect(codec.decodeProperty('createdAt', row.created_at)).toEqual(CREATED);
  });

  it('reads back the times it stores, on any date', async () => {
    const codec = codecFor(dataSource.manager, ApiKeyEntity);
    // SQLite keeps milliseconds; MariaDB's DATETIME whole seconds.
    const kept = (at: Date) =>
      dataSource.options.type === 'better-sqlite3'
        ? at
        : new Date(Math.floor(at.getTime() / 1000) * 1000);
    for (const time of ['2026-12-31T23:59:59.999Z', '1999-01-01T00:00:00.001Z']) {
      const at = new Date(time);
      await dataSource.query('UPDATE api_keys SET revoked_at = ? WHERE key_id = ?', [
        codec.encodeProperty('revokedAt', at),
        'k-old',
      ]);
      const [row] = await dataSource.query('SELECT revoked_at FROM api_keys WHERE key_id = ?', [
        'k-old',
      ]);
      expect(codec.decodeProperty('revokedAt', row.revoked_at)).toEqual(kept(at));
    }
  });

  it('refuses to write outside a transaction', async () => {
    await expect(updateById(dataSource.manager, ApiKeyEntity, 1, { name: 'x' })).rejects.toThrow(
      /needs a transaction/,
    );
  });
});
