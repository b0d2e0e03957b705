import { EntityManager } from 'typeorm';
import { ErrorDetail } from '../../core/errors';
import { CourseSyncReport } from './sync-report';

interface CohortUse {
  id: number;
  name: string;
  courseId: string;
}

/**
 * Courses and lessons a sync retires while a cohort still teaches them, one detail each,
 * naming the cohorts. A cohort counts until every learner in it has completed or left: one
 * without learners yet is about to be filled.
 */
export async function retirementsInUse(
  m: EntityManager,
  reports: CourseSyncReport[],
): Promise<ErrorDetail[]> {
  // A retired course stands for its lessons; otherwise each retired lesson is named.
  const retired = reports.flatMap((course) =>
    course.items
      .filter((item) => item.change === 'retired')
      .filter((item) => item.kind === (course.change === 'retired' ? 'course' : 'lesson'))
      .map((item) => ({ ...item, courseId: course.courseId })),
  );
  if (retired.length === 0) return [];
  const cohorts = await cohortsInUse(m);
  return retired.flatMap((item) => {
    const users = cohorts.filter((c) => c.courseId === item.courseId);
    if (users.length === 0) return [];
    const names = users.map((c) => `${c.id} "${c.name}"`).join(', ');
    return [{ field: `${item.kind} ${item.id}`, message: `would be retired; used by cohort ${names}` }];
  });
}

async function cohortsInUse(m: EntityManager): Promise<CohortUse[]> {
  const rows: Array<{ id: number; name: string; course_id: string }> = await m.query(
    `SELECT c.id, c.name, c.course_id FROM cohorts c
      WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id)
         OR EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.status IN ('active', 'paused'))
      ORDER BY c.id`,
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, courseId: r.course_id }));
}
