import { instantAt } from '../../src/core/planning/local-time';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { PlannerService } from '../../src/modules/delivery/planner.service';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { CohortService, NewCohort } from '../../src/modules/enrollment/cohort.service';
import { EnrollmentService } from '../../src/modules/enrollment/enrollment.service';
import { LearnerLoop } from '../../scripts/shared/learner-loop';
import { TestApp } from '../support/test-app';
import { CourseFiles, lesson } from './course-files';

const MINUTE_MS = 60_000;

/** A course of `lessons` lessons ("l1", "l2", ...), each with q1 and q2 whose answer is B. */
export const lessonADayCourse = (lessons = 9): CourseFiles => ({
  id: 'daily-course',
  modules: [{ id: 'all', lessons: Array.from({ length: lessons }, (_, i) => lesson(`l${i + 1}`)) }],
});

/** A calendar file for CONTENT_DIR/calendars, named "cn" so Chinese cohorts pick it up. */
export const holidayCalendarFile = (holidays: string[], workdays: string[]): string =>
  `name: cn-test\nholidays: [${holidays.join(', ')}]\nworkdays: [${workdays.join(', ')}]\n`;

export interface LearnerScript {
  externalId: string;
  name: string;
  /** False: enrolled but never joins the bot. */
  bound?: boolean;
  /**
   * One entry per session day: the letters answered, prompt after prompt ("BC": B to the
   * first, C to the second); "-" stops answering for the day, leaving the prompt open.
   */
  days?: string[];
  /** Paused (as HR would) after this many session days. */
  pausedAfter?: number;
}

export interface HistoryPlan {
  cohort: NewCohort & { timezone: string; deliveryTime?: string };
  /** Local dates on which the cohort holds sessions, in order. */
  sessionDays: string[];
  learners: LearnerScript[];
}

export interface BuiltHistory {
  cohortId: number;
  /** Learner ids by external id. */
  learnerIds: Map<string, number>;
}

/**
 * A cohort with learners and their answers, made by the real engine on the test clock:
 * enrolment, joining, the planner's daily sessions and graded answers. Learner i answers on
 * each session day at 10*(i+1) minutes past the delivery time, 30 seconds per prompt.
 */
export class CohortHistory {
  private readonly learners: LearnerLoop;

  constructor(private readonly t: TestApp) {
    this.learners = new LearnerLoop(t.app, 'history');
  }

  async build(plan: HistoryPlan): Promise<BuiltHistory> {
    const cohortId = (await this.t.app.get(CohortService).create(plan.cohort)).id;
    const learnerIds = await this.enrol(cohortId, plan.learners);
    for (const [day, date] of plan.sessionDays.entries()) {
      const start = instantAt(date, plan.cohort.deliveryTime ?? '09:00', plan.cohort.timezone);
      this.t.clock.set(new Date(start.getTime() + MINUTE_MS));
      await this.t.app.get(PlannerService).runDue();
      for (const [i, learner] of plan.learners.entries()) {
        this.t.clock.set(new Date(start.getTime() + 10 * (i + 1) * MINUTE_MS));
        await this.answer(learnerIds.get(learner.externalId)!, learner.days?.[day] ?? '');
        if (learner.pausedAfter === day + 1) {
          await this.t.app
            .get(EnrollmentService)
            .setStatus(learnerIds.get(learner.externalId)!, 'paused');
        }
      }
      await this.sendAll();
    }
    return { cohortId, learnerIds };
  }

  private async enrol(cohortId: number, learners: LearnerScript[]): Promise<Map<string, number>> {
    const enrolled = await this.t.app.get(EnrollmentService).enrol(
      cohortId,
      learners.map(({ externalId, name }) => ({ externalId, name })),
    );
    const binding = this.t.app.get(BindingService);
    for (const [i, learner] of enrolled.entries()) {
      if (learners[i].bound === false) continue;
      const result = await binding.bind(
        learner.code!,
        `wx-${learner.learnerId}`,
        `sc-${learner.learnerId}`,
      );
      if (result.status !== 'bound') throw new Error(`binding failed: ${result.status}`);
    }
    return new Map(enrolled.map((l) => [l.externalId, l.learnerId]));
  }

  private async answer(learnerId: number, letters: string): Promise<void> {
    let next = 0;
    await this.learners.run(learnerId, async (open) => {
      const letter = letters[next];
      if (letter === undefined || letter === '-') return false;
      next += 1;
      this.t.clock.advance(30_000);
      const outcome = await this.learners.answer(open, letter, { rawReply: `选${letter}` });
      if (outcome.status !== 'graded') throw new Error(`answer not graded: ${outcome.status}`);
      return true;
    });
    const unanswered = letters[next];
    if (unanswered !== undefined && unanswered !== '-')
      throw new Error(`learner ${learnerId} has no open prompt for "${unanswered}"`);
  }

  private async sendAll(): Promise<void> {
    const sender = this.t.app.get(OutboxSender);
    while ((await sender.sendDue(100)).claimed > 0);
  }
}
