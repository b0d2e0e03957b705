import { DataSource } from 'typeorm';
import { AppSettingEntity } from '../../src/infra/db/entities';
import { lostToAnotherTransaction, runTransaction } from '../../src/infra/db/transactions';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock'), {
    code: 'ER_LOCK_DEADLOCK',
    errno: 1213,
  });

describe(`transactions that lose to another one (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
  });
  afterEach(() => closeTestDataSource(dataSource, db));

  it('runs a deadlock victim again from the start, and only its last try is kept', async () => {
    let tries = 0;
    const result = await runTransaction(dataSource, async (m) => {
      tries++;
      await m.insert(AppSettingEntity, { name: `try-${tries}`, value: 'x' });
      if (tries < 3) throw deadlock();
      return 'done';
    });
    expect({ result, tries }).toEqual({ result: 'done', tries: 3 });
    const rows = await dataSource.getRepository(AppSettingEntity).find();
    expect(rows.map((r) => r.name)).toEqual(['try-3']);
  });

  it('gives up after a few tries and reports the deadlock', async () => {
    let tries = 0;
    const run = runTransaction(dataSource, async () => {
      tries++;
      throw deadlock();
    });
    await expect(run).rejects.toThrow('Deadlock found');
    expect(tries).toBe(5);
  });

  it('never runs other failures twice', async () => {
    let tries = 0;
    const run = runTransaction(dataSource, async () => {
      tries++;
      throw new Error('not a lock problem');
    });
    await expect(run).rejects.toThrow('not a lock problem');
    expect(tries).toBe(1);
  });

  it('knows the lock errors of both engines, wrapped by TypeORM or not', () => {
    expect(lostToAnotherTransaction({ driverError: { code: 'ER_LOCK_DEADLOCK' } })).toBe(true);
    expect(lostToAnotherTransaction({ code: 'ER_LOCK_WAIT_TIMEOUT' })).toBe(true);
    expect(lostToAnotherTransaction({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(lostToAnotherTransaction({ code: 'ER_DUP_ENTRY' })).toBe(false);
    expect(lostToAnotherTransaction('Deadlock')).toBe(false);
  });
});
