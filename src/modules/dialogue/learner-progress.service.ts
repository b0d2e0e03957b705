import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import type { ProgressView } from '../../core/messages';
import type { CohortRecord } from '../../core/records';
import { isMastered } from '../../core/srs/review-card';
import { LearnerProgressRepository } from './learner-progress.repository';

/** A learner's numbers for the `progress` command, over the course's live lessons and questions. */
@Injectable()
export class LearnerProgress {
  constructor(
    private readonly reads: LearnerProgressRepository,
    private readonly clock: Clock,
  ) {}

  async of(enrollment: { id: number }, cohort: CohortRecord): Promise<ProgressView> {
    const facts = await this.reads.factsOf(enrollment.id, cohort.courseId);
    const { answers, cards } = facts;
    const now = this.clock.now();
    return {
      lessonsDelivered: facts.lessonsDelivered,
      lessonsTotal: facts.lessonsTotal,
      answers,
      accuracyPct: answers > 0 ? (100 * facts.rightAnswers) / answers : 0,
      streakDays: facts.streakDays,
      dueNow: cards.filter((card) => card.due <= now).length,
      mastered: cards.filter((card) => isMastered(card, cohort.masteryDays)).length,
    };
  }
}
