import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyEntity } from '../../src/infra/db/entities';
import { findRow, findRows } from '../../src/infra/db/raw-reads';
import { updateById } from '../../src/infra/db/raw-writes';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

describe(`query parameters of the hot-path reads and writes (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    await dataSource.getRepository(ApiKeyEntity).insert(
      ['first', 'second'].map((name, i) => ({
        name,
        role: 'admin',
        keyId: `key-${i}`,
        secretHash: 'x'.repeat(64),
        createdAt: new Date('2026-03-02T01:00:00Z'),
      })),
    );
  });
  afterEach(() => closeTestDataSource(dataSource, db));

  /** Every statement `m` sends, with its parameters. */
  const statementsOf = (m: { query: EntityManager['query'] }) => {
    const spy = jest.spyOn(m, 'query');
    return () => spy.mock.calls.map(([sql, parameters]) => ({ sql, parameters }));
  };

  it('sends a find by id as one statement for every id, the id bound to it', async () => {
    const sent = statementsOf(dataSource.manager);
    expect((await findRow(dataSource.manager, ApiKeyEntity, { id: 1 }))?.name).toBe('first');
    expect((await findRow(dataSource.manager, ApiKeyEntity, { id: 2 }))?.name).toBe('second');
    const [first, second] = sent();
    expect(second.sql).toBe(first.sql);
    expect(first.sql).not.toMatch(/= *1\b/);
    expect([first.parameters, second.parameters]).toEqual([[1], [2]]);
  });

  it('binds the values an update sets and the values it expects', async () => {
    await dataSource.transaction(async (m) => {
      const sent = statementsOf(m.queryRunner!);
      expect(await updateById(m, ApiKeyEntity, 2, { name: 'renamed' }, { role: 'admin' })).toBe(1);
      const [update] = sent();
      expect(update.sql).not.toMatch(/renamed|admin|= *2\b/);
      expect(update.parameters).toEqual(['renamed', 2, 'admin']);
    });
  });

  it('finds the right rows by whole numbers and lists, and none past the last id', async () => {
    const m = dataSource.manager;
    expect((await findRows(m, ApiKeyEntity, { id: [2, 1] })).map((k) => k.name).sort()).toEqual([
      'first',
      'second',
    ]);
    expect(await findRow(m, ApiKeyEntity, { id: Number.MAX_SAFE_INTEGER })).toBeNull();
    expect(await findRow(m, ApiKeyEntity, { id: 1.5 })).toBeNull();
  });
});
