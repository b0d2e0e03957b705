import { DataSource } from 'typeorm';
import { localDateOf } from '../../src/core/planning/local-time';
import { QuestionEntity } from '../../src/infra/db/entities';
import { OutgoingMessage } from '../../src/modules/delivery/chat-channel';
import { GradingService } from '../../src/modules/engine/grading.service';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { PlannerService } from '../../src/modules/engine/planner.service';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { CohortService, NewCohort } from '../../src/modules/enrollment/cohort.service';
import { EnrollmentService } from '../../src/modules/enrollment/enrollment.service';
import { LearnerLoop } from '../../scripts/shared/learner-loop';
import { TestApp } from './test-app';

/** How a simulated learner answers a question: right, wrong, or not at all. */
export type Answering = (question: QuestionEntity, day: string) => 'right' | 'wrong' | 'skip';

/** Drives the engine as the minute tick and the sender would, with the test clock. */
export class EngineDriver {
  readonly planner: PlannerService;
  readonly sender: OutboxSender;
  readonly grading: GradingService;
  readonly cohorts: CohortService;
  readonly enrollments: EnrollmentService;
  readonly binding: BindingService;
  private readonly dataSource: DataSource;
  private readonly learners: LearnerLoop;

  constructor(private readonly t: TestApp) {
    this.planner = t.app.get(PlannerService);
    this.sender = t.app.get(OutboxSender);
    this.grading = t.app.get(GradingService);
    this.cohorts = t.app.get(CohortService);
    this.enrollments = t.app.get(EnrollmentService);
    this.binding = t.app.get(BindingService);
    this.dataSource = t.app.get(DataSource);
    this.learners = new LearnerLoop(t.app, 'in');
  }

  /** A cohort with one bound learner; returns the learner's id. */
  async cohortWithLearner(
    cohort: NewCohort,
    name = '王丽',
  ): Promise<{ cohortId: number; learnerId: number }> {
    const created = await this.cohorts.create(cohort);
    const [learner] = await this.enrollments.enrol(created.id, [{ externalId: `E-${name}`, name }]);
    const bound = await this.binding.bind(
      learner.code!,
      `wx-${learner.learnerId}`,
      `sc-${learner.learnerId}`,
    );
    if (bound.status !== 'bound') throw new Error(`binding failed: ${bound.status}`);
    return { cohortId: created.id, learnerId: learner.learnerId };
  }

  /**
   * A learner of a cohort in Shanghai starting Monday 2 March 2026, enrolled and bound the
   * evening before (the clock is left there).
   */
  fromMonday(
    cohort: Omit<NewCohort, 'startDate' | 'timezone'>,
  ): Promise<{ cohortId: number; learnerId: number }> {
    this.t.clock.set('2026-03-01T23:00:00Z');
    return this.cohortWithLearner({
      startDate: '2026-03-02',
      timezone: 'Asia/Shanghai',
      ...cohort,
    });
  }

  /** Runs the planner and sends everything due; returns what was sent. */
  async tick(): Promise<OutgoingMessage[]> {
    const before = this.t.channel.sent.length;
    await this.planner.runDue();
    while ((await this.sender.sendDue(50)).claimed > 0);
    return this.t.channel.sent.slice(before);
  }

  /** Answers every open prompt of the learner as `answering` says, sending each reply's feedback. */
  async answerAll(
    learnerId: number,
    answering: Answering,
    zone = 'Asia/Shanghai',
  ): Promise<OutgoingMessage[]> {
    const before = this.t.channel.sent.length;
    await this.learners.run(learnerId, async (open) => {
      const question = await this.dataSource
        .getRepository(QuestionEntity)
        .findOneByOrFail({ id: open.questionId });
      const how = answering(question, localDateOf(this.t.clock.now(), zone));
      if (how === 'skip') return false;
      this.t.clock.advance(30_000);
      await this.learners.answer(open, how === 'right' ? question.answer : wrongAnswer(question));
      while ((await this.sender.sendDue(50)).claimed > 0);
      return true;
    });
    return this.t.channel.sent.slice(before);
  }
}

function wrongAnswer(question: QuestionEntity): string {
  if (question.type === 'truefalse') return question.answer === 'true' ? 'false' : 'true';
  return ['A', 'B', 'C', 'D', 'E'].find((letter) => !question.answer.includes(letter))!;
}
