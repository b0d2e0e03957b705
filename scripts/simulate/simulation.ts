import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, endOfLocalDay, instantAt } from '../../src/core/planning/local-time';
import { COHORT_DEFAULTS, LessonQuestions } from '../../src/core/enrollment/cohort-settings';
import { MovableClock } from '../../src/core/movable-clock';
import { LearnerMemory } from '../../src/core/simulation/learner-memory';
import { CreateLearnerModel } from '../../src/core/simulation/learner-model';
import { DayRecord, meanOf, RunSummary, summarize } from '../../src/core/simulation/run-summary';
import { attendance } from '../../src/core/simulation/synthetic-learner';
import { SchedulingPolicy } from '../../src/core/srs/policy';
import {
  CardEntity,
  EnrollmentEntity,
  OutboxMessageEntity,
  SessionPromptEntity,
} from '../../src/infra/db/entities';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { openEngine } from './engine-context';
import { LearnerSessions } from './learner-session';
import { enrolCohort, SimCohort } from './simulated-cohort';
import { refitWeekly } from './weekly-refit';

export interface SimulationOptions {
  learners: number;
  days: number;
  policy: SchedulingPolicy;
  /** False under Qstream: each question is asked before its answer is shown. */
  readsLessons: boolean;
  learnerModel: { name: string; create: CreateLearnerModel };
  /** The cohort's cap; the default cohort's when not given. */
  maxReviewsPerDay?: number;
  /** When a lesson's questions are first asked; the cohort default when absent. */
  lessonQuestions?: LessonQuestions;
  seed: string;
  startDate: string;
  timezone: string;
  databaseUrl: string;
  contentDir: string;
  onDay?: (record: DayRecord) => void;
  /** Hears the `fsrs` policy's weekly re-fit, one line each. */
  onFit?: (line: string) => void;
}

export interface SimulationRun {
  days: DayRecord[];
  summary: RunSummary;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Planner runs per day: expiry just after midnight, the 09:00 start, the 13:00 reminders. */
const TICKS = ['00:01', '09:00', '13:00'];

type IntroducedItem = { learner: number; item: string };
type DayEvent = { atMs: number; learner?: SimCohort['learners'][number] };

/** Runs the real engine for `days` days on a fresh database and measures what learners keep. */
export async function simulate(options: SimulationOptions): Promise<SimulationRun> {
  const started = Date.now();
  const clock = new MovableClock(
    instantAt(addDays(options.startDate, -1), '12:00', options.timezone),
  );
  const { databaseUrl, contentDir, policy } = options;
  const app = await openEngine({ databaseUrl, contentDir, policy, clock });
  try {
    const cohort = await enrolCohort(app, options);
    const memory = new LearnerMemory(
      options.learnerModel.create({ seed: options.seed, learners: options.learners }),
    );
    const world = new SimulatedDays(app, clock, cohort, memory, options);
    const days: DayRecord[] = [];
    for (let day = 0; day < options.days; day++) {
      days.push(await world.run(day));
      options.onDay?.(days[day]);
      if (policy.name === 'fsrs' && (day + 1) % 7 === 0) {
        options.onFit?.(await refitWeekly(app, cohort.cohortId, clock.now()));
      }
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
  private readonly items: string[];

  constructor(
    app: INestApplicationContext,
    private readonly clock: MovableClock,
    private readonly cohort: SimCohort,
    private readonly memory: LearnerMemory,
    private readonly options: SimulationOptions,
  ) {
    this.planner = app.get(PlannerService);
    this.dataSource = app.get(DataSource);
    this.sessions = new LearnerSessions(app, clock, cohort, memory, options.readsLessons);
    this.items = [...cohort.itemIds.values()];
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
    return {
      day: day + 1,
      date,
      prompts: after.prompts - before.prompts,
      messages: after.messages - before.messages,
      answers,
      right,
      meanRecall: this.memory.recallOver(this.options.learners, this.items, end).all,
    };
  }

  /**
   * True recall at the end of the last day: of every course question, of those read and
   * never read, and of the introduced ones, also 30 days later with no more review.
   */
  async summary(days: DayRecord[], seconds: number): Promise<RunSummary> {
    const end = endOfLocalDay(days[days.length - 1].date, this.options.timezone).getTime();
    const items = await this.introducedItems();
    const completedLearners = await this.dataSource
      .getRepository(EnrollmentEntity)
      .countBy({ cohortId: this.cohort.cohortId, status: 'completed' });
    const recall = this.memory.recallOver(this.options.learners, this.items, end);
    const recallAt = (item: IntroducedItem, atMs: number) =>
      this.memory.recall(item.learner, item.item, atMs);
    return summarize(days, {
      policy: this.options.policy.name,
      seed: this.options.seed,
      learnerModel: this.options.learnerModel.name,
      maxReviewsPerDay: this.options.maxReviewsPerDay ?? COHORT_DEFAULTS.maxReviewsPerDay,
      learners: this.options.learners,
      recallEnd: recall.all,
      recallEndRead: recall.read,
      recallEndUnread: recall.unread,
      readShare: recall.readShare,
      finalRecall: meanOf(items, (item) => recallAt(item, end)),
      recallAfter30Days: meanOf(items, (item) => recallAt(item, end + 30 * DAY_MS)),
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
  async introducedItems(): Promise<IntroducedItem[]> {
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
      item: this.cohort.itemIds.get(Number(r.questionId))!,
    }));
  }
}
