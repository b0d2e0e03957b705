import { DataSource } from 'typeorm';
import { AppSettingEntity } from '../../src/infra/db/entities';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe(`concurrent work in one process (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;

  beforeEach(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
  });
  afterEach(() => closeTestDataSource(dataSource, db));

  const names = async () =>
    (await dataSource.getRepository(AppSettingEntity).find({ order: { name: 'ASC' } })).map(
      (s) => s.name,
    );

  it('lets overlapping transactions both commit', async () => {
    const write = (name: string) =>
      dataSource.transaction(async (m) => {
        await m.insert(AppSettingEntity, { name: `${name}-1`, value: 'x' });
        await pause();
        await m.insert(AppSettingEntity, { name: `${name}-2`, value: 'x' });
      });
    await Promise.all([write('a'), write('b'), write('c')]);
    expect(await names()).toEqual(['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'c-2']);
  });

  it('keeps a write made outside while another transaction rolls back', async () => {
    const failing = dataSource.transaction(async (m) => {
      await m.insert(AppSettingEntity, { name: 'doomed', value: 'x' });
      await pause();
      throw new Error('rolled back');
    });
    const outside = dataSource.getRepository(AppSettingEntity).insert({ name: 'kept', value: 'x' });
    const saved = dataSource.getRepository(AppSettingEntity).save({ name: 'saved', value: 'x' });
    await expect(failing).rejects.toThrow('rolled back');
    await Promise.all([outside, saved]);
    expect(await names()).toEqual(['kept', 'saved']);
  });

  it('lets a transaction nest inside itself', async () => {
    await dataSource.transaction(async (m) => {
      await m.insert(AppSettingEntity, { name: 'outer', value: 'x' });
      await m.transaction(async (inner) =>
        inner.insert(AppSettingEntity, { name: 'inner', value: 'x' }),
      );
    });
    expect(await names()).toEqual(['inner', 'outer']);
  });
});
