import { INestApplicationContext } from '@nestjs/common';
import { MovableClock } from '../../src/core/movable-clock';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { Curriculum, loadCurriculum } from '../../src/modules/engine/curriculum';
import { CurriculumRepository } from '../../src/modules/engine/curriculum.repository';
import { openEngine } from '../simulate/engine-context';
import { BenchDatabase, RawDatabase } from './bench-database';
import {
  BENCH_COURSE_ID,
  DELIVERED_LESSONS,
  removeBenchContent,
  writeBenchContent,
} from './bench-course';
import { benchHandler, benchPuppet, InboundFigures, mockPuppetEnvironment } from './inbound';
import { benchDashboard, DashboardFigures } from './dashboard';
import { BenchCommand } from './options';
import { benchPlanDay, PlanDayFigures } from './plan-day';
import { benchProgress, ProgressFigures } from './progress';
import { seedEnrollments } from './seed';
import { seedHistory } from './seed-history';

/** Wednesday 4 March 2026, 09:00 in Shanghai: every seeded session is due. */
export const PLAN_AT = new Date('2026-03-04T01:00:00Z');
const MINUTE_MS = 60_000;

export interface EngineFigures {
  engine: string;
  seedSeconds: number;
  /** Absent with `--only progress`, as are the answers (also absent with `--only plan`). */
  plan?: PlanDayFigures;
  /** Absent with `--only answers`. */
  progress?: ProgressFigures;
  /** Absent with `--only answers`; null where no Chromium is installed. */
  dashboard?: DashboardFigures | null;
  handler?: InboundFigures;
  puppet?: InboundFigures;
}

export type Progress = (line: string, done?: boolean) => void;

/** Every figure of SPEC §6 on one fresh database, in the order a day brings them. */
export async function benchEngine(
  db: BenchDatabase,
  command: BenchCommand,
  progress: Progress,
): Promise<EngineFigures> {
  const contentDir = writeBenchContent(command.contentDir);
  const clock = new MovableClock(new Date(PLAN_AT.getTime() - 24 * 60 * MINUTE_MS));
  mockPuppetEnvironment();
  const app = await openEngine({
    databaseUrl: db.url,
    contentDir,
    clock,
    env: { BOT_ENABLED: 'true' },
  });
  const raw = await db.open();
  const say = (line: string, done = true) => progress(`${db.engine}: ${line}`, done);
  const dashboardOf = (cohortId: number) => {
    say('the cohort page in Chromium');
    return benchDashboard({
      databaseUrl: db.url,
      contentDir,
      clock,
      cohortId,
      learners: command.cohortSize,
    });
  };
  try {
    const { cohortIds, seedSeconds } = await seed(app, raw, command, say);
    if (command.only === 'progress') {
      clock.moveTo(PLAN_AT.getTime() + 6 * MINUTE_MS);
      say(`progress of a cohort of ${command.cohortSize.toLocaleString('en')} learners`);
      const progress = await benchProgress(app, cohortIds[0], command.cohortSize);
      const dashboard = await dashboardOf(cohortIds[0]);
      return { engine: db.engine, seedSeconds, progress, dashboard };
    }
    say('planning the day in a fresh service process');
    const at = new Date(PLAN_AT.getTime() + MINUTE_MS);
    const plan = await benchPlanDay(raw, {
      databaseUrl: db.url,
      contentDir,
      at,
      profileDir: command.planProfileDir,
    });
    say(
      `planned ${plan.started.toLocaleString('en')} sessions in ${(plan.planMs / 1000).toFixed(1)} s`,
    );
    if (command.only === 'plan') return { engine: db.engine, seedSeconds, plan };
    clock.moveTo(at.getTime() + 5 * MINUTE_MS);
    let report: ProgressFigures | undefined;
    let dashboard: DashboardFigures | null | undefined;
    if (command.only !== 'answers') {
      say(`progress of a cohort of ${command.cohortSize.toLocaleString('en')} learners`);
      report = await benchProgress(app, cohortIds[0], command.cohortSize);
      dashboard = await dashboardOf(cohortIds[0]);
    }
    const [viaHandler, viaPuppet] = answeringLearners(command);
    say(`${viaHandler.length} answers through the inbound handler`);
    const handler = await benchHandler(app, viaHandler, command.concurrency);
    say(`${viaPuppet.length} answers through the Wechaty mock puppet`);
    const puppet = await benchPuppet(app, raw, viaPuppet, command.concurrency);
    return { engine: db.engine, seedSeconds, plan, progress: report, dashboard, handler, puppet };
  } finally {
    await raw.close();
    await app.close();
    removeBenchContent(contentDir);
  }
}

async function seed(
  app: INestApplicationContext,
  raw: RawDatabase,
  command: BenchCommand,
  say: (line: string, done?: boolean) => void,
): Promise<{ cohortIds: number[]; seedSeconds: number }> {
  const cohortIds: number[] = [];
  for (let i = 0; i * command.cohortSize < command.enrollments; i++) {
    const cohort = await app.get(CohortService).create({
      name: `Bench cohort ${i + 1}`,
      courseId: BENCH_COURSE_ID,
      startDate: '2026-02-16',
      timezone: 'Asia/Shanghai',
    });
    cohortIds.push(cohort.id);
  }
  const curriculum = await loadCurriculum(app.get(CurriculumRepository), BENCH_COURSE_ID);
  const started = Date.now();
  const total = command.enrollments.toLocaleString('en');
  await seedEnrollments(raw, { ...command, cohortIds, curriculum, planAt: PLAN_AT }, (done) =>
    say(`seeding ${done.toLocaleString('en')}/${total} enrollments`, false),
  );
  say(
    `seeding the history of cohort 1 (${command.cohortSize.toLocaleString('en')} learners)`,
    false,
  );
  await seedHistory(raw, {
    enrollmentIds: Array.from({ length: command.cohortSize }, (_, i) => i + 1),
    firstSessionId: command.enrollments + 1,
    questionIds: deliveredQuestions(curriculum),
  });
  const seedSeconds = (Date.now() - started) / 1000;
  say(`seeded in ${seedSeconds.toFixed(1)} s`);
  return { cohortIds, seedSeconds };
}

const deliveredQuestions = (curriculum: Curriculum) =>
  curriculum.lessons.slice(0, DELIVERED_LESSONS).flatMap((l) => l.questionIds);

/** Two sets of learners with an open prompt: the last ones enrolled, one answer each. */
function answeringLearners(command: BenchCommand): [number[], number[]] {
  const each = Math.min(command.answers, Math.floor(command.enrollments / 2));
  const last = (from: number) => Array.from({ length: each }, (_, i) => from - i);
  return [last(command.enrollments), last(command.enrollments - each)];
}
