import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { QuestionCard } from '../../core/planning/plan-day';
import { endOfLocalDay, localDateOf } from '../../core/planning/local-time';
import { SessionSchedule, sessionStartAfter } from '../../core/planning/next-session';
import { CardStateName } from '../../core/srs/card-state';
import {
  CardEntity,
  CohortEntity,
  DailySessionEntity,
  EnrollmentEntity,
  LearnerEntity,
} from '../../infra/db/entities';
import { findRows } from '../../infra/db/raw-reads';
import { EnrollmentSchedules } from '../enrollment/enrollment-schedule';

/** Where an enrollment stands today: its schedule, local date and the start after today's. */
export interface EnrollmentDay {
  schedule: SessionSchedule;
  localDate: string;
  /** Where today's prompts expire; no card due later can be asked today. */
  endOfDay: Date;
  nextSessionAt: Date | null;
}

/** What starting a batch of enrollments reads: each kind of row in one query. */
export interface StartBatch {
  enrollments: EnrollmentEntity[];
  days: Map<number, EnrollmentDay>;
  held: Set<number>;
  delivered: Map<number, Set<number>>;
  cards: Map<number, QuestionCard[]>;
}

/** Reads a batch of enrollments about to start their day, set by set. */
@Injectable()
export class StartBatches {
  constructor(private readonly schedules: EnrollmentSchedules) {}

  /** Everything the batch's decisions read, a query per kind of row. */
  async read(m: EntityManager, enrollmentIds: number[], now: Date): Promise<StartBatch> {
    const enrollments = await withLearnersAndCohorts(
      m,
      await findRows(m, EnrollmentEntity, { id: enrollmentIds }),
    );
    const days = this.daysOf(enrollments, now);
    return {
      enrollments,
      days,
      held: await this.heldToday(m, days),
      delivered: await this.deliveredLessons(m, enrollmentIds),
      cards: await this.dueCards(m, enrollmentIds, latestEndOfDay(days)),
    };
  }

  /** Enrollments share schedules (a cohort, a zone, a time), so each is worked out once. */
  private daysOf(enrollments: EnrollmentEntity[], now: Date): Map<number, EnrollmentDay> {
    const bySchedule = new Map<string, EnrollmentDay>();
    const days = new Map<number, EnrollmentDay>();
    for (const { id, cohort, learner } of enrollments) {
      const key = `${cohort!.id}|${learner!.timezone ?? ''}|${learner!.deliveryTime ?? ''}`;
      let day = bySchedule.get(key);
      if (!day) {
        const schedule = this.schedules.scheduleFor(cohort!, learner!);
        const localDate = localDateOf(now, schedule.zone);
        day = {
          schedule,
          localDate,
          endOfDay: endOfLocalDay(localDate, schedule.zone),
          nextSessionAt: sessionStartAfter(schedule, localDate),
        };
        bySchedule.set(key, day);
      }
      days.set(id, day);
    }
    return days;
  }

  private async heldToday(m: EntityManager, days: Map<number, EnrollmentDay>) {
    const rows = await sessionsOn(
      m,
      [...days].map(([id, day]) => [id, day.localDate]),
    );
    return new Set(rows.map((s) => s.enrollmentId));
  }

  private async deliveredLessons(m: EntityManager, enrollmentIds: number[]) {
    const rows: Array<{ enrollment_id: number; lesson_id: number }> = await m.query(
      `SELECT enrollment_id, lesson_id FROM enrollment_lessons WHERE enrollment_id IN (${placeholders(enrollmentIds)})`,
      enrollmentIds,
    );
    const byEnrollment = new Map<number, Set<number>>();
    for (const row of rows) {
      const id = Number(row.enrollment_id);
      const set = byEnrollment.get(id);
      if (set) set.add(Number(row.lesson_id));
      else byEnrollment.set(id, new Set([Number(row.lesson_id)]));
    }
    return byEnrollment;
  }

  /**
   * The cards due before `horizon`, only the columns choosing reviews reads, without
   * entities: the plan asks for no others, and hydrating whole cards of a batch cost more
   * than planning it.
   */
  private async dueCards(m: EntityManager, enrollmentIds: number[], horizon: Date) {
    const { driver } = m.connection;
    const due = m.connection.getMetadata(CardEntity).findColumnWithPropertyName('due')!;
    const time = (raw: unknown): Date => driver.prepareHydratedValue(raw, due) as Date;
    const rows: RawCard[] = await m.query(
      `SELECT ${RAW_CARD_COLUMNS} FROM cards WHERE enrollment_id IN (${placeholders(enrollmentIds)}) AND due < ?`,
      [...enrollmentIds, driver.preparePersistentValue(horizon, due)],
    );
    const byEnrollment = new Map<number, QuestionCard[]>();
    for (const r of rows) {
      const entry: QuestionCard = {
        questionId: Number(r.question_id),
        card: {
          due: time(r.due),
          stability: Number(r.stability),
          difficulty: Number(r.difficulty),
          state: r.state,
          lastReview: r.last_review === null ? null : time(r.last_review),
        },
      };
      const cards = byEnrollment.get(Number(r.enrollment_id));
      if (cards) cards.push(entry);
      else byEnrollment.set(Number(r.enrollment_id), [entry]);
    }
    return byEnrollment;
  }
}

const RAW_CARD_COLUMNS =
  'enrollment_id, question_id, due, stability, difficulty, state, last_review';

type RawCard = Record<'enrollment_id' | 'question_id' | 'stability' | 'difficulty', number> & {
  due: unknown;
  last_review: unknown;
  state: CardStateName;
};

/** The enrollments with their learner and cohort set, each row read once. */
async function withLearnersAndCohorts(m: EntityManager, enrollments: EnrollmentEntity[]) {
  const distinct = (ids: number[]) => [...new Set(ids)];
  const [learners, cohorts] = await Promise.all([
    findRows(m, LearnerEntity, { id: distinct(enrollments.map((e) => e.learnerId)) }),
    findRows(m, CohortEntity, { id: distinct(enrollments.map((e) => e.cohortId)) }),
  ]);
  const learnerById = new Map(learners.map((l) => [l.id, l]));
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));
  for (const enrollment of enrollments) {
    enrollment.learner = learnerById.get(enrollment.learnerId);
    enrollment.cohort = cohortById.get(enrollment.cohortId);
  }
  return enrollments;
}

const latestEndOfDay = (days: Map<number, EnrollmentDay>) =>
  new Date(Math.max(0, ...[...new Set(days.values())].map((d) => d.endOfDay.getTime())));

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/** The sessions of these (enrollment, local date) pairs that exist. */
export async function sessionsOn(m: EntityManager, pairs: Array<[number, string]>) {
  const rows = await m.find(DailySessionEntity, {
    select: { id: true, enrollmentId: true, localDate: true },
    where: {
      enrollmentId: In(pairs.map(([id]) => id)),
      localDate: In([...new Set(pairs.map(([, date]) => date))]),
    },
  });
  const wanted = new Set(pairs.map(([id, date]) => `${id}|${date}`));
  return rows.filter((s) => wanted.has(`${s.enrollmentId}|${s.localDate}`));
}
