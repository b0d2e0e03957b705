import { Injectable } from '@nestjs/common';
import { questionKey } from '../../../core/content/course-model';
import { roundRatio } from '../../../core/progress/recall';
import { SessionMark } from '../../../core/progress/streaks';
import { CohortScope } from '../../../modules/progress/cohort-scope';
import { dbNumber, dbTime } from '../../../modules/progress/db-values';
import { RecentReview } from '../../../modules/progress/dto/progress.response';
import {
  AnswerTotals,
  CardTotals,
  CohortSums,
  CourseContent,
  EnrollmentFacts,
  ProgressRepository,
  QuestionRecall,
  SessionDay,
} from '../../../modules/progress/progress.repository';
import { Database } from '../database';
import { facts, toFacts } from './enrollment-facts-sql';
import {
  excluding,
  inCohort,
  questionRecallQuery,
  selectCardTotals,
  sessionDaysQuery,
  toCardTotals,
} from './progress-sql';

type Raw = Record<string, unknown>;

@Injectable()
export class SqlProgressRepository extends ProgressRepository {
  constructor(private readonly db: Database) {
    super();
  }

  /** Listing the few retired ids lets the big queries skip a join per card. */
  courseContent(courseId: string): Promise<CourseContent> {
    return this.db.withManager(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('ls.id', 'lessonId')
        .addSelect('CASE WHEN ls.retired_at IS NULL THEN 0 ELSE 1 END', 'lessonRetired')
        .addSelect('q.id', 'questionId')
        .addSelect(
          'CASE WHEN q.retired_at IS NULL AND ls.retired_at IS NULL THEN 0 ELSE 1 END',
          'questionRetired',
        )
        .from('lessons', 'ls')
        .leftJoin('questions', 'q', 'q.lesson_id = ls.id')
        .where('ls.course_id = :courseId', { courseId })
        .getRawMany<Raw>();
      const lessons = new Map(
        rows.map((r) => [dbNumber(r.lessonId), dbNumber(r.lessonRetired) === 1]),
      );
      return {
        lessonsTotal: [...lessons.values()].filter((retired) => !retired).length,
        retiredLessonIds: [...lessons].filter(([, retired]) => retired).map(([id]) => id),
        retiredQuestionIds: rows
          .filter((r) => r.questionId !== null && dbNumber(r.questionRetired) === 1)
          .map((r) => dbNumber(r.questionId)),
      };
    });
  }

  cohortFacts(cohortId: number, afterId = 0, limit?: number): Promise<EnrollmentFacts[]> {
    return this.db.withManager(async (m) => {
      const query = facts(m)
        .where('e.cohort_id = :cohortId AND e.id > :afterId', { cohortId, afterId })
        .orderBy('e.id', 'ASC');
      if (limit !== undefined) query.limit(limit);
      return (await query.getRawMany<Raw>()).map(toFacts);
    });
  }

  learnerFacts(learnerId: number): Promise<EnrollmentFacts[]> {
    return this.db.withManager(async (m) => {
      const rows = await facts(m)
        .where('e.learner_id = :learnerId', { learnerId })
        .orderBy('e.id', 'ASC')
        .getRawMany<Raw>();
      return rows.map(toFacts);
    });
  }

  lessonsDelivered(ids: number[], scope: CohortScope): Promise<Map<number, number>> {
    return this.db.withManager(async (m) => {
      const query = m
        .createQueryBuilder()
        .select('el.enrollment_id', 'id')
        .addSelect('COUNT(*)', 'lessons')
        .from('enrollment_lessons', 'el')
        .where('el.enrollment_id IN (:...ids)', { ids })
        .groupBy('el.enrollment_id');
      const rows = await excluding(query, 'el.lesson_id', scope.retiredLessonIds).getRawMany<Raw>();
      return new Map(rows.map((r) => [dbNumber(r.id), dbNumber(r.lessons)]));
    });
  }

  answers(ids: number[]): Promise<Map<number, AnswerTotals>> {
    return this.db.withManager(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('r.enrollment_id', 'id')
        .addSelect('COUNT(*)', 'answers')
        .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
        .from('review_logs', 'r')
        .where('r.enrollment_id IN (:...ids)', { ids })
        .groupBy('r.enrollment_id')
        .getRawMany<Raw>();
      return new Map(
        rows.map((r) => [
          dbNumber(r.id),
          { answers: dbNumber(r.answers), correct: dbNumber(r.correct) },
        ]),
      );
    });
  }

  sessions(ids: number[]): Promise<Map<number, SessionMark[]>> {
    return this.db.withManager(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('s.enrollment_id', 'id')
        .addSelect('s.answered', 'answered')
        .addSelect('s.status', 'status')
        .from('daily_sessions', 's')
        .where('s.enrollment_id IN (:...ids)', { ids })
        .orderBy('s.enrollment_id', 'ASC')
        .addOrderBy('s.local_date', 'ASC')
        .getRawMany<Raw>();
      const byEnrollment = new Map<number, SessionMark[]>();
      for (const row of rows) {
        const id = dbNumber(row.id);
        const marks = byEnrollment.get(id) ?? [];
        marks.push({ answered: dbNumber(row.answered), open: row.status === 'open' });
        byEnrollment.set(id, marks);
      }
      return byEnrollment;
    });
  }

  cards(ids: number[], scope: CohortScope): Promise<Map<number, CardTotals>> {
    return this.db.withManager(async (m) => {
      const query = m
        .createQueryBuilder()
        .select('c.enrollment_id', 'id')
        .from('cards', 'c')
        .where('c.enrollment_id IN (:...ids)', { ids })
        .groupBy('c.enrollment_id');
      const rows = await selectCardTotals(query, this.db.engine, scope).getRawMany<Raw>();
      return new Map(rows.map((r) => [dbNumber(r.id), toCardTotals(r)]));
    });
  }

  /**
   * Three aggregate queries, each on an index that covers it. The cohort's first and last
   * enrolment bound every scan: without them MariaDB may read the whole table's index, every
   * cohort's, when the cohort is a large share of the enrolments.
   */
  cohortSums(scope: CohortScope): Promise<CohortSums> {
    return this.db.withManager(async (m) => {
      const bounds = await m
        .createQueryBuilder()
        .select('MIN(e.id)', 'first')
        .addSelect('MAX(e.id)', 'last')
        .from('enrollments', 'e')
        .where('e.cohort_id = :cohortId', { cohortId: scope.cohort.id })
        .getRawOne<Raw>();
      const live = (table: string, alias: string) =>
        inCohort(m, table, alias, scope.cohort.id)
          .andWhere(`${alias}.enrollment_id BETWEEN :first AND :last`, {
            first: dbNumber(bounds?.first),
            last: dbNumber(bounds?.last),
          })
          .innerJoin('learners', 'l', 'l.id = e.learner_id AND l.erased_at IS NULL');
      const [answers, lessons, cards] = await Promise.all([
        live('review_logs', 'r')
          .select('COUNT(*)', 'answers')
          .addSelect("SUM(CASE WHEN r.grade = 'right' THEN 1 ELSE 0 END)", 'correct')
          .getRawOne<Raw>(),
        excluding(live('enrollment_lessons', 'el'), 'el.lesson_id', scope.retiredLessonIds)
          .select('COUNT(*)', 'lessons')
          .getRawOne<Raw>(),
        selectCardTotals(live('cards', 'c'), this.db.engine, scope).getRawOne<Raw>(),
      ]);
      return {
        answers: dbNumber(answers?.answers),
        correct: dbNumber(answers?.correct),
        lessonsDelivered: dbNumber(lessons?.lessons),
        cards: toCardTotals(cards ?? {}),
      };
    });
  }

  questionRecalls(enrollmentId: number, scope: CohortScope): Promise<QuestionRecall[]> {
    return this.db.withManager(async (m) => {
      const query = questionRecallQuery(m, this.db.engine, enrollmentId, scope);
      return (await query.getRawMany<Raw>()).map((r) => ({
        questionId: questionKey(String(r.courseId), String(r.lessonKey), String(r.questionKey)),
        recall: dbNumber(r.unseen) === 1 ? null : roundRatio(dbNumber(r.recall)),
        due: dbTime(r.due)!,
      }));
    });
  }

  sessionDays(enrollmentId: number): Promise<SessionDay[]> {
    return this.db.withManager(async (m) =>
      (await sessionDaysQuery(m, enrollmentId).getRawMany<Raw>()).map((r) => ({
        date: String(r.date),
        answered: dbNumber(r.answered),
        correct: dbNumber(r.correct),
      })),
    );
  }

  recentReviews(enrollmentId: number, limit: number): Promise<RecentReview[]> {
    return this.db.withManager(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('r.reviewed_at', 'reviewedAt')
        .addSelect('r.grade', 'grade')
        .addSelect('r.chosen', 'chosen')
        .addSelect('r.first_try', 'firstTry')
        .addSelect('r.latency_ms', 'latencyMs')
        .addSelect('q.answer', 'correctAnswer')
        .addSelect('q.question_key', 'questionKey')
        .addSelect('ls.lesson_key', 'lessonKey')
        .addSelect('ls.course_id', 'courseId')
        .from('review_logs', 'r')
        .innerJoin('questions', 'q', 'q.id = r.question_id')
        .innerJoin('lessons', 'ls', 'ls.id = q.lesson_id')
        .where('r.enrollment_id = :enrollmentId', { enrollmentId })
        .orderBy('r.reviewed_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(limit)
        .getRawMany<Raw>();
      return rows.map((r) => ({
        reviewedAt: dbTime(r.reviewedAt)!,
        questionId: questionKey(String(r.courseId), String(r.lessonKey), String(r.questionKey)),
        grade: String(r.grade),
        chosen: String(r.chosen),
        correctAnswer: String(r.correctAnswer),
        firstTry: dbNumber(r.firstTry) === 1,
        latencyMs: dbNumber(r.latencyMs),
      }));
    });
  }
}
