import { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../../src/infra/db/entities';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

describe(`query parameters (${testEngine()})`, () => {
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

  const keys = () => dataSource.getRepository(ApiKeyEntity);

  it('gives a find by id one statement for every id, with the id as a parameter', async () => {
    const sqlFor = (id: number) =>
      keys().createQueryBuilder('k').where('k.id = :id', { id }).getQueryAndParameters();
    const [first, firstParameters] = sqlFor(1);
    const [second] = sqlFor(2);
    expect(second).toBe(first);
    expect(first).not.toMatch(/= 1\b/);
    expect(firstParameters.map(Number)).toEqual([1]);
  });

  it('finds the right rows by whole numbers, fractions and lists', async () => {
    expect((await keys().findOneByOrFail({ id: 2 })).name).toBe('second');
    expect(
      await keys().createQueryBuilder('k').where('k.id < :limit', { limit: 1.5 }).getCount(),
    ).toBe(1);
    const both = await keys()
      .createQueryBuilder('k')
      .where('k.id IN (:...ids)', { ids: [1, 2] })
      .orderBy('k.id')
      .getMany();
    expect(both.map((k) => k.name)).toEqual(['first', 'second']);
    expect(await keys().findOneBy({ id: Number.MAX_SAFE_INTEGER })).toBeNull();
  });
});
