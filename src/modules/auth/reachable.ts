import type { Principal } from './api-key.service';

/**
 * A learner's enrolments as the caller may see them: a key limited to cohorts sees the
 * learner only through those cohorts, never their place in another one.
 */
export function reachableEnrollments<T extends { enrollments: Array<{ cohortId: number }> }>(
  value: T,
  caller: Principal,
): T {
  const { cohortIds } = caller;
  if (!cohortIds) return value;
  return { ...value, enrollments: value.enrollments.filter((e) => cohortIds.includes(e.cohortId)) };
}
