import { DataSource } from 'typeorm';
import { DomainError } from '../../src/core/errors';
import { EnrollmentEntity, LearnerEntity } from '../../src/infra/db/entities';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { EngineDriver } from '../support/engine-driver';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const DAY_MS = 24 * 60 * 60 * 1000;

describe(`enrolment (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let engine: EngineDriver;
  let cohortId: number;

  beforeEach(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    engine = new EngineDriver(t);
    t.clock.set('2026-03-01T23:00:00Z');
    cohortId = (
      await engine.cohorts.create({
        name: '上海采购部',
        courseId: 'mini-course',
        startDate: '2026-03-02',
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
    root.remove();
  });

  const rows = [
    { externalId: 'E001', name: '王丽' },
    { externalId: 'E002', name: 'Chen Gang', locale: 'en' as const, deliveryTime: '20:30' },
  ];

  it('gives each new learner a code, and the same rows again change nothing', async () => {
    const first = await engine.enrollments.enrol(cohortId, rows);
    expect(first.map((r) => [r.externalId, r.created, r.code?.length])).toEqual([
      ['E001', true, 6],
      ['E002', true, 6],
    ]);
    const again = await engine.enrollments.enrol(cohortId, rows);
    expect(again.map((r) => [r.learnerId, r.created, r.unchanged, r.code])).toEqual([
      [first[0].learnerId, false, true, first[0].code],
      [first[1].learnerId, false, true, first[1].code],
    ]);
    const renamed = await engine.enrollments.enrol(cohortId, [{ ...rows[0], name: '王丽丽' }]);
    expect(renamed.map((r) => [r.created, r.unchanged])).toEqual([[false, false]]);
    expect(await t.app.get(DataSource).getRepository(LearnerEntity).count()).toBe(2);
    expect(await t.app.get(DataSource).getRepository(EnrollmentEntity).count()).toBe(2);
  });

  it('takes all rows or none, and names every bad row', async () => {
    const error = await engine.enrollments
      .enrol(cohortId, [
        ...rows,
        { externalId: 'E003', name: '', locale: 'fr' as never },
        { externalId: 'E001', name: 'dup' },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.map((d) => d.field)).toEqual([
      'rows[2].name',
      'rows[2].locale',
      'rows[3].externalId',
    ]);
    expect(await t.app.get(DataSource).getRepository(LearnerEntity).count()).toBe(0);
  });

  it('binds with a code once; a reissued code replaces the old one', async () => {
    const [learner] = await engine.enrollments.enrol(cohortId, rows.slice(0, 1));
    const reissued = await engine.enrollments.reissueCode(learner.learnerId);
    expect(await engine.binding.bind(learner.code!, 'wx-1', 'sc-1')).toEqual({ status: 'revoked' });
    expect((await engine.binding.bind(reissued.code.toLowerCase(), 'wx-1', 'sc-1')).status).toBe(
      'bound',
    );
    expect(await engine.binding.bind(reissued.code, 'wx-1', 'sc-1')).toEqual({ status: 'used' });
    expect(await engine.binding.bind('ZZZZZZ', 'wx-9', 'sc-9')).toEqual({ status: 'unknown' });
  });

  it('lets a code expire after 14 days', async () => {
    const [learner] = await engine.enrollments.enrol(cohortId, rows.slice(0, 1));
    t.clock.advance(14 * DAY_MS);
    expect(await engine.binding.bind(learner.code!, 'wx-1', 'sc-1')).toEqual({ status: 'expired' });
  });

  it('keeps codes only as keyed hashes', async () => {
    const enrolled = await engine.enrollments.enrol(cohortId, rows);
    const stored = JSON.stringify(
      await t.app.get(DataSource).query('SELECT * FROM enrollment_codes'),
    );
    for (const { code } of enrolled) expect(stored).not.toContain(code);
  });

  it('refuses one WeChat contact for two learners', async () => {
    const [a, b] = await engine.enrollments.enrol(cohortId, rows);
    await engine.binding.bind(a.code!, 'wx-shared', 'sc-a');
    expect(await engine.binding.bind(b.code!, 'wx-shared', 'sc-b')).toEqual({
      status: 'contact-taken',
    });
  });

  it('refuses a cohort with bad settings, naming each', async () => {
    const error = await engine.cohorts
      .create({
        name: 'x',
        courseId: 'no-such-course',
        timezone: 'Mars/Base',
        desiredRetention: 0.5,
      })
      .catch((e: unknown) => e);
    expect((error as DomainError).details.map((d) => d.field).sort()).toEqual([
      'courseId',
      'desiredRetention',
      'timezone',
    ]);
  });

  it('reschedules every enrolment when the cohort moves its delivery time', async () => {
    const [learner] = await engine.enrollments.enrol(cohortId, rows.slice(0, 1));
    await engine.cohorts.update(cohortId, { deliveryTime: '07:30' });
    const enrollment = await t.app
      .get(DataSource)
      .getRepository(EnrollmentEntity)
      .findOneByOrFail({ id: learner.enrollmentId });
    expect(enrollment.nextSessionAt?.toISOString()).toBe('2026-03-01T23:30:00.000Z');
  });
});
