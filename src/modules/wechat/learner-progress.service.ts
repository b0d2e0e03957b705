import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock';
import type { ProgressView } from '../../core/messages';
import { isMastered } from '../../core/srs/review-card';
import {
  CardEntity,
  CohortEntity,
  EnrollmentEntity,
  EnrollmentLessonEntity,
  ReviewLogEntity,
} from '../../infra/db/entities';
import { toCardState } from '../engine/card-mapping';
import { loadCurriculum } from '../engine/curriculum';
import { CurriculumRepository } from '../engine/curriculum.repository';
import { SessionFlow } from '../engine/session-flow';

/** A learner's numbers for the `progress` command, over the course's live lessons and questions. */
@Injectable()
export class LearnerProgress {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly flow: SessionFlow,
    private readonly content: CurriculumRepository,
  ) {}

  async of(enrollment: EnrollmentEntity, cohort: CohortEntity): Promise<ProgressView> {
    const m = this.dataSource.manager;
    const enrollmentId = enrollment.id;
    const curriculum = await loadCurriculum(this.content, cohort.courseId);
    const delivered = await m.findBy(EnrollmentLessonEntity, { enrollmentId });
    const cards = (await m.findBy(CardEntity, { enrollmentId }))
      .filter((card) => curriculum.questionsById.has(card.questionId))
      .map(toCardState);
    const answers = await m.countBy(ReviewLogEntity, { enrollmentId });
    const right = await m.countBy(ReviewLogEntity, { enrollmentId, grade: 'right' });
    const now = this.clock.now();
    return {
      lessonsDelivered: delivered.filter((d) => curriculum.lessonsById.has(d.lessonId)).length,
      lessonsTotal: curriculum.lessons.length,
      answers,
      accuracyPct: answers > 0 ? (100 * right) / answers : 0,
      streakDays: await this.flow.streak(enrollmentId),
      dueNow: cards.filter((card) => card.due <= now).length,
      mastered: cards.filter((card) => isMastered(card, cohort.masteryDays)).length,
    };
  }
}
