import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MovableClock } from '../../src/core/movable-clock';
import { loadCurriculum } from '../../src/modules/delivery/curriculum';
import { PlannerService } from '../../src/modules/delivery/planner.service';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { openRaw, RawDatabase } from '../../scripts/bench/bench-database';
import {
  BENCH_COURSE_ID,
  DELIVERED_LESSONS,
  removeBenchContent,
  writeBenchContent,
} from '../../scripts/bench/bench-course';
import { PLAN_AT } from '../../scripts/bench/engine-run';
import { benchHandler } from '../../scripts/bench/inbound';
import { benchProgress } from '../../scripts/bench/progress';
import { seedEnrollments } from '../../scripts/bench/seed';
import { seedHistory } from '../../scripts/bench/seed-history';
import { openEngine } from '../../scripts/simulate/engine-context';
import { createTestDatabase, TestDatabase, testEngine } from '../support/test-database';

const ENROLLMENTS = 40;
const COHORT_SIZE = 20;

/** What `npm run bench` seeds and drives, forty enrollments small, without any timing. */
describe(`the bench's data and figures (${testEngine()})`, () => {
  let db: TestDatabase;
  let content: string;
  let app: INestApplicationContext;
  let raw: RawDatabase;
  let cohortIds: number[];
  const clock = new MovableClock(new Date(PLAN_AT.getTime() - 24 * 3600_000));
  const count = async (sql: string) => Number((await raw.query<{ n: number }>(sql))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    content = writeBenchContent('./content');
    app = await openEngine({ databaseUrl: db.url, contentDir: content, clock });
    raw = await openRaw(db.url);
    cohortIds = [];
    for (const name of ['A', 'B']) {
      const cohort = await app.get(CohortService).create({
        name,
        courseId: BENCH_COURSE_ID,
        startDate: '2026-02-16',
        timezone: 'Asia/Shanghai',
      });
      cohortIds.push(cohort.id);
    }
    const curriculum = await loadCurriculum(app.get(DataSource), BENCH_COURSE_ID);
    await seedEnrollments(
      raw,
      { enrollments: ENROLLMENTS, cohortIds, cohortSize: COHORT_SIZE, curriculum, planAt: PLAN_AT },
      () => undefined,
    );
    await seedHistory(raw, {
      enrollmentIds: Array.from({ length: COHORT_SIZE }, (_, i) => i + 1),
      firstSessionId: ENROLLMENTS + 1,
      questionIds: curriculum.lessons.slice(0, DELIVERED_LESSONS).flatMap((l) => l.questionIds),
    });
  }, 60_000);
  afterAll(async () => {
    await raw?.close();
    await app?.close();
    removeBenchContent(content);
    await db.drop();
  });

  it('seeds bound learners, due now, with twenty cards each in mixed states and due dates', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM cards')).toBe(ENROLLMENTS * 20);
    const states = await raw.query<{ state: string }>('SELECT DISTINCT state FROM cards');
    expect(states.map((s) => s.state).sort()).toEqual(['learning', 'new', 'relearning', 'review']);
    const due = await count(`SELECT COUNT(*) AS n FROM cards WHERE due <= '${raw.time(PLAN_AT)}'`);
    expect(due).toBeGreaterThan(0);
    expect(due).toBeLessThan(ENROLLMENTS * 20);
    expect(await count('SELECT COUNT(*) AS n FROM learners WHERE wechat_contact_id IS NULL')).toBe(
      0,
    );
  });

  it('lets the planner start every seeded session in one run, each with its new lesson', async () => {
    clock.moveTo(PLAN_AT.getTime() + 60_000);
    expect(await app.get(PlannerService).runDue()).toMatchObject({ started: ENROLLMENTS });
    expect(await count("SELECT COUNT(*) AS n FROM outbox_messages WHERE kind = 'lesson'")).toBe(
      ENROLLMENTS,
    );
    expect(await count('SELECT COUNT(*) AS n FROM cards')).toBe(ENROLLMENTS * 22);
    expect(await count('SELECT COUNT(*) AS n FROM enrollment_lessons')).toBe(ENROLLMENTS * 11);
  });

  it('grades each answer pushed through the inbound handler once, however often it arrives', async () => {
    clock.moveTo(PLAN_AT.getTime() + 5 * 60_000);
    const learners = [40, 39, 38, 37, 36, 35];
    expect(await benchHandler(app, learners, 3)).toMatchObject({ answers: 6, graded: 6 });
    expect(await benchHandler(app, learners, 3)).toMatchObject({ answers: 6, graded: 0 });
  });

  it('reports the whole cohort and streams its CSV', async () => {
    const figures = await benchProgress(app, cohortIds[0], COHORT_SIZE);
    expect(figures.learners).toBe(COHORT_SIZE);
    expect(figures.csvBytes).toBeGreaterThan(COHORT_SIZE * 40);
  });
});
