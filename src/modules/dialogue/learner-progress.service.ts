import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import type { ProgressView } from '../../core/messages';
import type { CohortRecord } from '../../core/records';
import { isMastered } from '../../core/srs/review-card';
import { toCardState } from '../engine/card-mapping';
import { loadCurriculum } from '../engine/curriculum';
import { CurriculumRepository } from '../engine/curriculum.repository';
import { SessionFlow } from '../engine/session-flow';
import { LearnerProgressRepository } from './learner-progress.repository';

/** A learner's numbers for the `progress` command, over the course's live lessons and questions. */
@Injectable()
export class LearnerProgress {
  constructor(
    private readonly reads: LearnerProgressRepository,
    private readonly clock: Clock,
    private readonly flow: SessionFlow,
    private readonly content: CurriculumRepository,
  ) {}

  async of(enrollment: { id: number }, cohort: CohortRecord): Promise<ProgressView> {
    const curriculum = await loadCurriculum(this.content, cohort.courseId);
    const facts = await this.reads.factsOf(enrollment.id);
    const { answers } = facts;
    const cards = facts.cards
      .filter((card) => curriculum.questionsById.has(card.questionId))
      .map(toCardState);
    const now = this.clock.now();
    return {
      lessonsDelivered: facts.deliveredLessonIds.filter((id) => curriculum.lessonsById.has(id))
        .length,
      lessonsTotal: curriculum.lessons.length,
      answers,
      accuracyPct: answers > 0 ? (100 * facts.rightAnswers) / answers : 0,
      streakDays: await this.flow.streak(enrollment.id),
      dueNow: cards.filter((card) => card.due <= now).length,
      mastered: cards.filter((card) => isMastered(card, cohort.masteryDays)).length,
    };
  }
}
