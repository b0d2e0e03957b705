import { Injectable } from '@nestjs/common';
import {
  LearnerProgressRepository,
  ProgressFacts,
} from '../../../modules/dialogue/learner-progress.repository';
import { Database } from '../database';
import { CardEntity, EnrollmentLessonEntity, ReviewLogEntity } from '../entities';

@Injectable()
export class SqlLearnerProgressRepository extends LearnerProgressRepository {
  constructor(private readonly db: Database) {
    super();
  }

  factsOf(enrollmentId: number): Promise<ProgressFacts> {
    return this.db.withManager(async (m) => ({
      deliveredLessonIds: (
        await m.find(EnrollmentLessonEntity, {
          select: { lessonId: true },
          where: { enrollmentId },
        })
      ).map((d) => d.lessonId),
      cards: await m.findBy(CardEntity, { enrollmentId }),
      answers: await m.countBy(ReviewLogEntity, { enrollmentId }),
      rightAnswers: await m.countBy(ReviewLogEntity, { enrollmentId, grade: 'right' }),
    }));
  }
}
