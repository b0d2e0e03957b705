import { ErrorDetail } from '../../core/errors';
import { CohortUse } from './course.repository';
import { CourseSyncReport } from './sync-report';

/**
 * Courses and lessons a sync retires while a cohort still teaches them, one detail each,
 * naming the cohorts. A cohort counts until every learner in it has completed or left: one
 * without learners yet is about to be filled.
 */
export function retirementsInUse(
  reports: CourseSyncReport[],
  cohorts: CohortUse[],
): ErrorDetail[] {
  // A retired course stands for its lessons; otherwise each retired lesson is named.
  const retired = reports.flatMap((course) =>
    course.items
      .filter((item) => item.change === 'retired')
      .filter((item) => item.kind === (course.change === 'retired' ? 'course' : 'lesson'))
      .map((item) => ({ ...item, courseId: course.courseId })),
  );
  if (retired.length === 0) return [];
  return retired.flatMap((item) => {
    const users = cohorts.filter((c) => c.courseId === item.courseId);
    if (users.length === 0) return [];
    const names = users.map((c) => `${c.id} "${c.name}"`).join(', ');
    return [{ field: `${item.kind} ${item.id}`, message: `would be retired; used by cohort ${names}` }];
  });
}
