import { LessonQuestions } from '../../src/core/enrollment/cohort-settings';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { SeededRandom } from '../../src/core/simulation/seeded-random';
import { LearnerTraits, learnerTraits } from '../../src/core/simulation/synthetic-learner';
import { CourseEntity } from '../../src/infra/db/entities';
import { Database } from '../../src/infra/db/database';
import { SqlCurriculumRepository } from '../../src/infra/db/repositories/curriculum.sql-repository';
import { Curriculum, loadCurriculum } from '../../src/modules/engine/curriculum';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { EnrollmentService } from '../../src/modules/enrollment/enrollment.service';

/** One synthetic learner as enrolled and bound in the engine. */
export interface SimLearner {
  index: number;
  learnerId: number;
  enrollmentId: number;
  traits: LearnerTraits;
  /** Attendance draws: the same days under every policy. */
  days: SeededRandom;
  /** Recall and reply draws. */
  answers: SeededRandom;
}

export interface SimCohort {
  cohortId: number;
  curriculum: Curriculum;
  learners: SimLearner[];
  /** Each question's global id `<course>/<lesson>/<question>`, by database id. */
  itemIds: Map<number, string>;
}

const ENROL_CHUNK = 500;

/**
 * A cohort with default settings (one new lesson and `maxReviewsPerDay` reviews, 5 unless
 * given, a day at most, 09:00,
 * Monday-Friday, China's holidays), its learners enrolled through the service and bound
 * with their codes, as HR and the bot would do it.
 */
export async function enrolCohort(
  app: INestApplicationContext,
  options: {
    learners: number;
    seed: string;
    startDate: string;
    timezone: string;
    maxReviewsPerDay?: number;
    lessonQuestions?: LessonQuestions;
  },
): Promise<SimCohort> {
  const dataSource = app.get(DataSource);
  const course = await dataSource
    .getRepository(CourseEntity)
    .findOneOrFail({ where: { retiredAt: IsNull() }, order: { id: 'ASC' } });
  const cohort = await app.get(CohortService).create({
    name: `Simulated cohort (seed ${options.seed})`,
    courseId: course.id,
    startDate: options.startDate,
    timezone: options.timezone,
    ...(options.lessonQuestions === undefined ? {} : { lessonQuestions: options.lessonQuestions }),
    ...(options.maxReviewsPerDay === undefined
      ? {}
      : { maxReviewsPerDay: options.maxReviewsPerDay }),
  });
  const learners: SimLearner[] = [];
  for (let first = 0; first < options.learners; first += ENROL_CHUNK) {
    const count = Math.min(ENROL_CHUNK, options.learners - first);
    const rows = Array.from({ length: count }, (_, i) => ({
      externalId: `SIM-${first + i + 1}`,
      name: `Learner ${first + i + 1}`,
    }));
    const enrolled = await app.get(EnrollmentService).enrol(cohort.id, rows);
    for (const [i, row] of enrolled.entries()) {
      const index = first + i;
      await bind(app, row.code, row.learnerId);
      learners.push({
        index,
        learnerId: row.learnerId,
        enrollmentId: row.enrollmentId,
        traits: learnerTraits(options.seed, index),
        days: new SeededRandom(options.seed, 'days', index),
        answers: new SeededRandom(options.seed, 'answers', index),
      });
    }
  }
  const curriculum = await loadCurriculum(
    new SqlCurriculumRepository(new Database(dataSource)),
    course.id,
  );
  return {
    cohortId: cohort.id,
    curriculum,
    learners,
    itemIds: itemIds(curriculum),
  };
}

async function bind(app: INestApplicationContext, code: string | null, learnerId: number) {
  if (!code) throw new Error(`Learner ${learnerId} got no enrolment code`);
  const contact = `sim-contact-${learnerId}`;
  const result = await app.get(BindingService).bind(code, contact, contact);
  if (result.status !== 'bound') throw new Error(`Binding learner ${learnerId}: ${result.status}`);
}

/**
 * Stable content ids, not database ids: each policy's run, on its own database, shows the
 * learner model the same questions.
 */
function itemIds(curriculum: Curriculum): Map<number, string> {
  const ids = new Map<number, string>();
  for (const question of curriculum.questionsById.values()) {
    const lesson = curriculum.lessonsById.get(question.lessonId)!;
    ids.set(question.id, `${curriculum.course.id}/${lesson.key}/${question.key}`);
  }
  return ids;
}
