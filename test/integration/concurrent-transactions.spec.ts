import { DataSource } from 'typeorm';
import { Database, DatabaseTransactor } from '../../src/infra/db/database';
import { AppSettingEntity } from '../../src/infra/db/entities';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe(`units of work running concurrently in one process (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;
  let database: Database;
  let transactor: DatabaseTransactor;

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    database = new Database(dataSource);
    transactor = new DatabaseTransactor(database);
  });
  afterEach(() => closeTestDataSource(dataSource, db));

  const insert = (name: string) =>
    database.withManager((m) => m.insert(AppSettingEntity, { name, value: 'x' }));
  const names = () =>
    database.withManager(async (m) =>
      (await m.find(AppSettingEntity, { order: { name: 'ASC' } })).map((s) => s.name),
    );

  it('commits overlapping units; on SQLite one at a time, in the order they began', async () => {
    const steps: string[] = [];
    const unit = (name: string) =>
      transactor.run(async () => {
        steps.push(`${name} begins`);
        await insert(`${name}-1`);
        await pause();
        await insert(`${name}-2`);
        steps.push(`${name} ends`);
      });
    await Promise.all([unit('a'), unit('b'), unit('c')]);
    expect(await names()).toEqual(['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'c-2']);
    // MySQL/MariaDB run them side by side, on pooled connections, in whatever order.
    if (database.engine === 'sqlite') {
      expect(steps).toEqual(['a begins', 'a ends', 'b begins', 'b ends', 'c begins', 'c ends']);
    }
  });

  it('rolls a failed unit back, keeping writes made outside it meanwhile', async () => {
    const failing = transactor.run(async () => {
      await insert('doomed');
      await pause();
      throw new Error('rolled back');
    });
    const outside = insert('kept');
    const saved = database.withManager((m) =>
      m.save(AppSettingEntity, { name: 'saved', value: 'x' }),
    );
    const seen = names();
    await expect(failing).rejects.toThrow('rolled back');
    await Promise.all([outside, saved]);
    expect(await seen).not.toContain('doomed');
    expect(await names()).toEqual(['kept', 'saved']);
    expect(await transactor.run(() => names())).toEqual(['kept', 'saved']);
  });

  it('joins a unit begun inside another: it sees its rows and fails with it', async () => {
    await transactor.run(async () => {
      await insert('outer');
      await transactor.run(async () => {
        expect(database.inUnit()).toBe(true);
        expect(await names()).toEqual(['outer']);
        await insert('inner');
      });
    });
    expect(await names()).toEqual(['inner', 'outer']);

    const failing = transactor.run(async () => {
      await transactor.run(() => insert('inner-2'));
      throw new Error('the outer unit fails');
    });
    await expect(failing).rejects.toThrow('the outer unit fails');
    expect(await names()).toEqual(['inner', 'outer']);
  });

  it('frees the connection after a failed unit, for the units queued behind it', async () => {
    const failing = transactor.run(async () => {
      await insert('first');
      throw new Error('fails at once');
    });
    const next = transactor.run(() => insert('second'));
    await expect(failing).rejects.toThrow('fails at once');
    await next;
    expect(await names()).toEqual(['second']);
  });
});
