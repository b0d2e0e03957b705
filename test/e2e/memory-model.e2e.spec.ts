import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { retrievability } from '../../src/core/srs/review-card';
import { CardEntity, FsrsParameterSetEntity } from '../../src/infra/db/entities';
import { toCardState } from '../../src/modules/delivery/card-mapping';
import { CourseReviewRepository } from '../../src/modules/memory-model/course-review.repository';
import { CurrentParameters } from '../../src/modules/memory-model/current-parameters';
import { MemoryModelService } from '../../src/modules/memory-model/memory-model.service';
import { ParameterSetRepository } from '../../src/modules/memory-model/parameter-set.repository';
import { lessonADayCourse } from '../factories/cohort-history';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { seedReviewLog } from '../factories/review-log';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');
const COURSE = 'daily-course';

/*
 * 40 learners x 20 questions over 45 days from Monday 2 March 2026, whose memory is known
 * and forgets faster than FSRS's defaults expect (test/factories/review-log.ts): a fit must
 * find that, and predict the last 9 days better than the defaults.
 */
describe(`FSRS fitted to a course's review log (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let reviews: number;
  let cohortId: number;
  const service = () => t.app.get(MemoryModelService);
  const now = new Date('2026-04-20T00:00:00Z');
  const get = (path: string, key = t.keys.trainer) =>
    request(t.app.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${key}`);

  function cli(...args: string[]) {
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: t.db.url, LOG_LEVEL: 'error' },
      },
    );
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  beforeAll(async () => {
    root = new ContentRoot().write(lessonADayCourse(10), smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    ({ reviews, cohortId } = await seedReviewLog(t, {
      courseId: COURSE,
      learners: 40,
      days: 45,
      firstDay: '2026-03-02',
      seed: 'fit',
    }));
  }, 120_000);
  afterAll(() => t.close());

  it('refuses a course with too few reviews, and an unknown course', async () => {
    await expect(service().refit('mini-course', { now })).rejects.toThrow(
      /Too few reviews to fit FSRS: 0 reviews on 0 day/,
    );
    await expect(service().refit('no-such-course', { now })).rejects.toThrow(/does not exist/);
  });

  it('fsrs:fit --dry-run prints the figures and stores nothing', async () => {
    const run = cli('fsrs:fit', '--course', COURSE, '--dry-run');
    expect(run.stderr).toContain(`read ${reviews} reviews`);
    expect(run.stderr).toMatch(/fitting 21 parameters on \d+ reviews before 2026-0\d-\d\d\n/);
    expect(run.stderr).toMatch(/fitted in \d+ ms/);
    expect(run.stdout).toMatch(/default +\d\.\d{4} +\d\.\d{4}\n +fitted +\d\.\d{4}/);
    expect(run.stdout).toContain('Dry run: nothing stored (it would be stored as current).');
    expect(run.code).toBe(0);
    expect(await t.app.get(ParameterSetRepository).latest(COURSE)).toBeNull();
  }, 60_000);

  it('the scheduled job fits a course with enough new reviews, and stores a better fit as current', async () => {
    // 4,800 reviews and no fit yet: over the default 1,000; the course without reviews waits.
    const reports = await service().refitWhereDue(now);
    expect(reports.map((r) => r.courseId)).toEqual([COURSE]);
    const [report] = reports;
    expect(report.fitted.logLoss).toBeLessThan(report.defaults.logLoss);
    expect(report.holdOutReviews).toBeGreaterThanOrEqual(100);
    expect(report.stored).toEqual({ version: 1, status: 'current' });
    const used = await t.app.get(CurrentParameters).forCourse(COURSE);
    expect(used).toEqual(report.parameters);
  });

  it('reports recall now by the fitted forgetting curve', async () => {
    const fitted = (await t.app.get(ParameterSetRepository).latest(COURSE))!.parameters;
    t.clock.set(now);
    const cards = await t.app.get(DataSource).getRepository(CardEntity).find();
    const mean = (parameters?: number[]) =>
      Math.round(
        (cards.reduce((s, c) => s + retrievability(toCardState(c), now, parameters), 0) /
          cards.length) *
          10_000,
      ) / 10_000;
    const { body } = await get(`/cohorts/${cohortId}/progress`, t.keys.hr).expect(200);
    expect(body.totals.meanRetrievability).toBe(mean(fitted));
    expect(mean(fitted)).not.toBe(mean());
  });

  it('keeps the current set when a new fit does not predict better', async () => {
    const report = await service().refit(COURSE, { now });
    expect(report.current?.version).toBe(1);
    expect(report.better).toBe(false);
    expect(report.stored).toEqual({ version: 2, status: 'rejected' });
  });

  it('the scheduled job then waits for enough new reviews since the last fit', async () => {
    expect(await service().refitWhereDue(now)).toEqual([]);
  });

  it('shows the sets and their figures to trainers and HR', async () => {
    const response = await get(`/courses/${COURSE}/memory-model`).expect(200);
    expect(response.body.current).toMatchObject({
      version: 1,
      status: 'current',
      baselineVersion: null,
    });
    expect(response.body.current.parameters).toHaveLength(21);
    expect(response.body.current.fitted.logLoss).toBeLessThan(
      response.body.current.defaults.logLoss,
    );
    expect(response.body.earlier).toMatchObject([
      { version: 2, status: 'rejected', baselineVersion: 1 },
    ]);
    expect(response.body.defaultParameters).toHaveLength(21);
    await get(`/courses/${COURSE}/memory-model`, t.keys.hr).expect(200);
    const empty = await get('/courses/mini-course/memory-model').expect(200);
    expect(empty.body).toMatchObject({ current: null, earlier: [] });
    await get('/courses/no-such-course/memory-model').expect(404);
    await get('/courses/Not_An_Id/memory-model').expect(400);
    await request(t.app.getHttpServer()).get(`/api/v1/courses/${COURSE}/memory-model`).expect(401);
  });

  it('samples whole card histories: every n-th card by id', async () => {
    const all = await t.app.get(CourseReviewRepository).read(COURSE);
    const sample = await t.app.get(CourseReviewRepository).read(COURSE, 4);
    expect(sample.every((r) => r.cardId % 4 === 0)).toBe(true);
    expect(sample).toEqual(all.filter((r) => r.cardId % 4 === 0));
  });

  it('two fits stored at once leave one current set and distinct versions', async () => {
    const sets = t.app.get(ParameterSetRepository);
    const latest = (await sets.latest(COURSE))!;
    // The same figures stored twice at once, as two instances' scheduled jobs would.
    const fit = { ...latest, id: undefined, course: undefined };
    await Promise.allSettled([sets.store(fit, 'current'), sets.store(fit, 'current')]);
    const rows = await t.app
      .get(DataSource)
      .getRepository(FsrsParameterSetEntity)
      .findBy({ courseId: COURSE });
    expect(rows.filter((r) => r.status === 'current')).toHaveLength(1);
    expect(new Set(rows.map((r) => r.version)).size).toBe(rows.length);
  });

  it('fsrs:fit refuses a course without enough reviews, clearly', () => {
    const run = cli('fsrs:fit', '--course', 'mini-course');
    expect(run.stderr).toMatch(/Too few reviews to fit FSRS/);
    expect(run.code).toBe(1);
    expect(cli('fsrs:fit').stderr).toContain('fsrs:fit needs --course <id>.');
  }, 60_000);
});
