import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { toCardState } from '../../../modules/delivery/card-mapping';
import { loadCurriculum } from '../../../modules/delivery/curriculum';
import { SessionFlow } from '../../../modules/delivery/session-flow';
import {
  LearnerProgressRepository,
  ProgressFacts,
} from '../../../modules/dialogue/learner-progress.repository';
import { Database } from '../database';
import { CardEntity, EnrollmentLessonEntity, ReviewLogEntity } from '../entities';

@Injectable()
export class SqlLearnerProgressRepository extends LearnerProgressRepository {
  constructor(
    private readonly db: Database,
    private readonly modules: ModuleRef,
  ) {
    super();
  }

  /** The streak is SessionFlow's, the one the daily summary shows, read with this manager. */
  factsOf(enrollmentId: number, courseId: string): Promise<ProgressFacts> {
    const flow = this.modules.get(SessionFlow, { strict: false });
    return this.db.withManager(async (m) => {
      const curriculum = await loadCurriculum(this.db.dataSource, courseId);
      const delivered = await m.findBy(EnrollmentLessonEntity, { enrollmentId });
      const cards = await m.findBy(CardEntity, { enrollmentId });
      return {
        lessonsDelivered: delivered.filter((d) => curriculum.lessonsById.has(d.lessonId)).length,
        lessonsTotal: curriculum.lessons.length,
        answers: await m.countBy(ReviewLogEntity, { enrollmentId }),
        rightAnswers: await m.countBy(ReviewLogEntity, { enrollmentId, grade: 'right' }),
        streakDays: await flow.streak(m, enrollmentId),
        cards: cards.filter((c) => curriculum.questionsById.has(c.questionId)).map(toCardState),
      };
    });
  }
}
