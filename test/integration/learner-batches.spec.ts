import { DataSource } from 'typeorm';
import { Database, DatabaseTransactor } from '../../src/infra/db/database';
import { SqlEnrollmentCodeRepository } from '../../src/infra/db/repositories/enrollment-code.sql-repository';
import { SqlLearnerRepository } from '../../src/infra/db/repositories/learner.sql-repository';
import {
  closeTestDataSource,
  createMigratedDataSource,
  TestDatabase,
  testEngine,
} from '../support/test-database';

// Whole seconds: MariaDB's DATETIME columns keep no fraction.
const T0 = new Date('2026-03-02T01:00:00Z');
const T1 = new Date('2026-03-03T02:30:00Z');

/** The import's set-wise writes and reads, on the real engine. */
describe(`learners and codes written and read in batches (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;
  let learners: SqlLearnerRepository;
  let codes: SqlEnrollmentCodeRepository;
  let transactor: DatabaseTransactor;

  beforeAll(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    const database = new Database(dataSource);
    learners = new SqlLearnerRepository(database);
    codes = new SqlEnrollmentCodeRepository(database);
    transactor = new DatabaseTransactor(database);
  });
  afterAll(() => closeTestDataSource(dataSource, db));

  it('inserts and reads back more learners than one statement holds, times intact', async () => {
    const ids = Array.from({ length: 1201 }, (_, i) => `X${i}`);
    await learners.insertMany(
      ids.map((externalId, i) => ({
        externalId,
        name: `学员 ${i}`,
        ...(i % 2 === 0 ? { locale: 'zh' } : {}),
        createdAt: T0,
        updatedAt: T0,
      })),
    );
    const found = await learners.liveByExternalIds([...ids, 'unknown']);
    expect(found).toHaveLength(1201);
    const first = found.find((l) => l.externalId === 'X0')!;
    expect(first).toMatchObject({ name: '学员 0', locale: 'zh', timezone: null, erasedAt: null });
    expect(first.createdAt).toEqual(T0);
    expect(found.find((l) => l.externalId === 'X1')!.locale).toBeNull();
  });

  it("changes each learner's given fields only, and leaves the others as they were", async () => {
    const [a, b] = await learners.liveByExternalIds(['X0', 'X1']);
    await learners.updateMany(
      [
        { id: a.id, name: '王丽', deliveryTime: '20:30' },
        { id: b.id, timezone: 'Europe/Berlin' },
      ],
      T1,
    );
    const after = await learners.liveByExternalIds(['X0', 'X1', 'X2']);
    const by = (id: string) => after.find((l) => l.externalId === id)!;
    expect(by('X0')).toMatchObject({ name: '王丽', locale: 'zh', deliveryTime: '20:30' });
    expect(by('X1')).toMatchObject({ name: '学员 1', timezone: 'Europe/Berlin' });
    expect(by('X0').updatedAt).toEqual(T1);
    expect(by('X2')).toMatchObject({ name: '学员 2', updatedAt: T0 });
  });

  it('keeps a code live until it expires, is revoked, or a unit that failed is rolled back', async () => {
    const [learner] = await learners.liveByExternalIds(['X3']);
    const code = { learnerId: learner.id, codeSealed: null, expiresAt: T1, createdAt: T0 };
    await codes.insertMany([{ ...code, codeHash: 'h1' }]);
    await expect(
      transactor.run(async () => {
        await codes.revokeUnused([learner.id], T0);
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    expect((await codes.live([learner.id], T0)).map((c) => c.codeHash)).toEqual(['h1']);
    expect(await codes.live([learner.id], T1)).toEqual([]);
    expect(await codes.takenHashes(['h1', 'h2'])).toEqual(new Set(['h1']));
    await codes.revokeUnused([learner.id], T0);
    expect(await codes.live([learner.id], T0)).toEqual([]);
  });
});
