import { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../../src/infra/db/entities';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

describe(`migrations on ${testEngine()}`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;

  beforeAll(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
  });
  afterAll(() => closeTestDataSource(dataSource, db));

  it('build exactly the schema the entities describe', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('leave nothing pending after a second run', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('can be reverted to an empty database and applied again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    const runner = dataSource.createQueryRunner();
    expect(await runner.hasTable('api_keys')).toBe(false);
    expect(await runner.hasTable('questions')).toBe(false);
    await runner.release();
    await dataSource.runMigrations();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('round-trips Chinese text and emoji, and stores times as UTC', async () => {
    const when = new Date('2026-03-08T01:02:03.000Z');
    const repo = dataSource.getRepository(ApiKeyEntity);
    await repo.insert({
      name: '王丽的钥匙 🔑',
      role: 'hr',
      keyId: 'k1',
      secretHash: 'x',
      createdAt: when,
    });
    const entity = await repo.findOneByOrFail({ keyId: 'k1' });
    expect(entity.name).toBe('王丽的钥匙 🔑');
    expect(entity.createdAt.toISOString()).toBe(when.toISOString());
    const [raw] = await dataSource.query(
      "SELECT CAST(created_at AS CHAR) AS t FROM api_keys WHERE key_id = 'k1'",
    );
    expect(String(raw.t)).toMatch(/^2026-03-08 01:02:03/);
  });
});
