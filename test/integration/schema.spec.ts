import { DataSource } from 'typeorm';
import { ApiKeyEntity, BotAccountEntity } from '../../src/infra/db/entities';
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

  it('store a bot account with its flag, TLS options and a logged-out state until it runs', async () => {
    const repo = dataSource.getRepository(BotAccountEntity);
    const at = new Date('2026-03-08T01:02:03.000Z');
    const fields = { puppet: 'wechaty-puppet-service', sendRatePerMinute: 20 };
    await repo.insert(
      [
        { ...fields, name: '销售一号', enabled: true, tls: { serverName: 'workpro' } },
        { ...fields, name: '销售二号', enabled: false, tls: null },
      ].map((a) => ({ ...a, createdAt: at, updatedAt: at })),
    );
    const [one, two] = await repo.find({ order: { id: 'ASC' } });
    expect([one.enabled, two.enabled]).toEqual([true, false]);
    expect([one.tls, two.tls]).toEqual([{ serverName: 'workpro' }, null]);
    expect(one.state).toBe('logged-out');
    const [raw] = await dataSource.query(
      "SELECT enabled FROM bot_accounts WHERE name = '销售一号'",
    );
    expect(Number(raw.enabled)).toBe(1);
    await expect(
      repo.insert({ ...fields, name: '销售一号', enabled: true, createdAt: at, updatedAt: at }),
    ).rejects.toThrow();
  });
});
