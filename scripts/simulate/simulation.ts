import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, endOfLocalDay, instantAt } from '../../src/core/planning/local-time';
import { MemoryBank } from '../../src/core/simulation/memory-bank';
import { DayRecord, meanOf, RunSummary, summarize } from '../../src/core/simulation/run-summary';
import { attendance } from '../../src/core/simulation/synthetic-learner';
import { SchedulingPolicy } from '../../src/core/srs/policy';
import {
  CardEntity,
  EnrollmentEntity,
  OutboxMessageEntity,
  SessionPromptEntity,
} from '../../src/infra/db/entities';
import { PlannerService } from '../../src/modules/delivery/planner.service';
import { openEngine, SimulatedClock } from './engine-context';
import { LearnerSessions } from './learner-session';
import { enrolCohort, SimCohort } from './simulated-cohort';

export interface SimulationOptions {
  learners: number;
  days: number;
  policy: SchedulingPolicy;
  seed: string;
  startDate: string;
  timezone: string;
  databaseUrl: string;
  contentDir: string;
  onDay?: (record: DayRecord) => void;
}

export interface SimulationRun {
  days: DayRecord[];
  summary: RunSummary;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Planner runs per day: expiry just after midnight, the 09:00 start, the 13:00 reminders. */
const TICKS = ['00:01', '09:00', '13:00'];

type DayEvent = { atMs: number; learner?: SimCohort['learners'][number] };

/** Runs the real engine for `days` days on a fresh database and measures what learners keep. */
export async function simulate(options: SimulationOptions): Promise<SimulationRun> {
  const started = Date.now();
  const clock = new SimulatedClock(
    instantAt(addDays(options.startDate, -1), '12:00', options.timezone),
  );
  const { databaseUrl, contentDir, policy } = options;
  const app = await openEngine({ databaseUrl, contentDir, policy, clock });
  try {
    const cohort = await enrolCohort(app, options);
    const memory = new MemoryBank(
      cohort.learners.map((l) => l.traits.skill),
      cohort.difficulties,
    );
    const world = new SimulatedDays(app, clock, cohort, memory, options);
    const days: DayRecord[] = [];
    for (let day = 0; day < options.days; day++) {
      days.push(await world.run(day));
      options.onDay?.(days[day]);
    }
    return { days, summary: await world.summary(days, (Date.now() - started) / 1000) };
  } finally {
    await app.close();
  }
}

class SimulatedDays {
  private readonly planner: PlannerService;
  private readonly dataSource: DataSource;
  private readonly sessions: LearnerSessions;
  private readonly byLearnerId: Map<number, number>;

  constructor(
    app: INestApplicationContext,
    private readonly clock: SimulatedClock,
    private readonly cohort: SimCohort,
    private readonly memory: MemoryBank,
    private readonly options: SimulationOptions,
  ) {
    this.planner = app.get(PlannerService);
    this.dataSource = app.get(DataSource);
    this.sessions = new LearnerSessions(app, clock, cohort, memory);
    this.byLearnerId = new Map(cohort.learners.map((l) => [l.learnerId, l.index]));
  }

  async run(day: number): Promise<DayRecord> {
    const date = addDays(this.options.startDate, day);
    const before = await this.counts();
    let answers = 0;
    let right = 0;
    for (const event of this.events(date)) {
      this.clock.moveTo(event.atMs);
      if (!event.learner) {
        await this.planner.runDue();
        continue;
      }
      const tally = await this.sessions.answer(event.learner, date);
      answers += tally.answers;
      right += tally.right;
    }
    const after = await this.counts();
    const end = endOfLocalDay(date, this.options.timezone).getTime();
    const items = await this.introducedItems();
    return {
      day: day + 1,
      date,
      prompts: after.prompts - before.prompts,
      messages: after.messages - before.messages,
      answers,
      right,
      meanRecall: meanOf(items, (item) => this.memory.recall(item, end)),
    };
  }

  /** True recall at the end of the last day, and 30 days later with no more review. */
  async summary(days: DayRecord[], seconds: number): Promise<RunSummary> {
    const end = endOfLocalDay(days[days.length - 1].date, this.options.timezone).getTime();
    const items = await this.introducedItems();
    const completedLearners = await this.dataSource
      .getRepository(EnrollmentEntity)
      .countBy({ cohortId: this.cohort.cohortId, status: 'completed' });
    return summarize(days, {
      policy: this.options.policy.name,
      learners: this.options.learners,
      finalRecall: meanOf(items, (item) => this.memory.recall(item, end)),
      recallAfter30Days: meanOf(items, (item) => this.memory.recall(item, end + 30 * DAY_MS)),
      introduced: items.length,
      completedLearners,
      seconds,
    });
  }

  /** The day's planner ticks and the learners who answer today, in time order. */
  private events(date: string): DayEvent[] {
    const zone = this.options.timezone;
    const events: DayEvent[] = TICKS.map((t) => ({ atMs: instantAt(date, t, zone).getTime() }));
    const start = instantAt(date, '09:00', zone).getTime();
    for (const learner of this.cohort.learners) {
      const today = attendance(learner.traits, learner.days);
      if (today.answers) events.push({ atMs: start + today.delayMinutes * 60_000, learner });
    }
    // Stable sort: a tick and an answer at the same instant keep the tick first.
    return events.sort((a, b) => a.atMs - b.atMs);
  }

  private async counts(): Promise<{ prompts: number; messages: number }> {
    return {
      prompts: await this.dataSource.getRepository(SessionPromptEntity).count(),
      messages: await this.dataSource.getRepository(OutboxMessageEntity).count(),
    };
  }

  /** Every (learner, question) the engine has introduced: one card each. */
  async introducedItems(): Promise<Array<{ learner: number; questionId: number }>> {
    const rows = await this.dataSource
      .getRepository(CardEntity)
      .createQueryBuilder('c')
      .innerJoin(EnrollmentEntity, 'e', 'e.id = c.enrollment_id')
      .select('e.learner_id', 'learnerId')
      .addSelect('c.question_id', 'questionId')
      .where('e.cohort_id = :cohortId', { cohortId: this.cohort.cohortId })
      .getRawMany<{ learnerId: number; questionId: number }>();
    return rows.map((r) => ({
      learner: this.byLearnerId.get(Number(r.learnerId))!,
      questionId: Number(r.questionId),
    }));
  }
}
