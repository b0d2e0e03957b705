import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MovableClock } from '../../src/core/movable-clock';
import { LearnerMemory } from '../../src/core/simulation/learner-memory';
import { replyTo } from '../../src/core/simulation/synthetic-learner';
import { DailySessionEntity } from '../../src/infra/db/entities';
import { findRow } from '../../src/infra/db/raw-reads';
import { SessionTexts } from '../../src/modules/delivery/session-texts';
import { LearnerLoop } from '../shared/learner-loop';
import { SimCohort, SimLearner } from './simulated-cohort';

/** Seconds a learner takes to read the feedback and answer the next prompt. */
const SECONDS_PER_ANSWER = 30;

export interface SessionTally {
  answers: number;
  right: number;
}

/**
 * Plays one learner answering today's session, the way the bot would hand their replies to
 * grading: reads the day's lesson (unless the policy asks before it teaches, as Qstream
 * does), then answers each open prompt from memory (or guesses) and reads the feedback.
 */
export class LearnerSessions {
  private readonly loop: LearnerLoop;
  private readonly texts: SessionTexts;
  private readonly dataSource: DataSource;

  constructor(
    app: INestApplicationContext,
    private readonly clock: MovableClock,
    private readonly cohort: SimCohort,
    private readonly memory: LearnerMemory,
    private readonly readsLessons: boolean,
  ) {
    this.loop = new LearnerLoop(app, 'sim');
    this.texts = app.get(SessionTexts);
    this.dataSource = app.get(DataSource);
  }

  async answer(learner: SimLearner, localDate: string): Promise<SessionTally> {
    const tally: SessionTally = { answers: 0, right: 0 };
    if (this.readsLessons) await this.readLessons(learner, localDate);
    // Who answers, read once for the day's answers, as the bot reads it for each message.
    const audience = await this.texts.audience(this.dataSource.manager, {
      learnerId: learner.learnerId,
      cohortId: this.cohort.cohortId,
    });
    await this.loop.run(learner.learnerId, async (open) => {
      const item = this.cohort.itemIds.get(open.questionId)!;
      const question = this.cohort.curriculum.questionsById.get(open.questionId)!;
      const atMs = this.clock.now().getTime();
      const recalled = learner.answers.chance(this.memory.recall(learner.index, item, atMs));
      const value = replyTo(
        { type: question.type, answer: question.answer, choiceCount: question.choices.length },
        recalled,
        learner.answers,
      );
      this.clock.advance(SECONDS_PER_ANSWER * 1000);
      const outcome = await this.loop.answer(open, value, { audience });
      if (outcome.status !== 'graded') return false;
      this.memory.attempt(learner.index, item, this.clock.now().getTime(), recalled);
      tally.answers += 1;
      if (outcome.grade === 'right') tally.right += 1;
      // The day's last answer leaves no prompt open: asking again would only confirm it.
      return !outcome.sessionDone;
    });
    return tally;
  }

  /** The opening message carries today's new lessons: their questions are studied now. */
  private async readLessons(learner: SimLearner, localDate: string): Promise<void> {
    const session = await findRow(this.dataSource.manager, DailySessionEntity, {
      enrollmentId: learner.enrollmentId,
      localDate,
    });
    const atMs = this.clock.now().getTime();
    for (const lessonId of session?.queue.lessonIds ?? []) {
      const lesson = this.cohort.curriculum.lessons.find((l) => l.lessonId === lessonId);
      for (const questionId of lesson?.questionIds ?? []) {
        this.memory.study(learner.index, this.cohort.itemIds.get(questionId)!, atMs);
      }
    }
  }
}
