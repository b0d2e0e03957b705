import type { Principal } from '../auth/api-key.service';
import { CohortProgressResponse, LearnerProgressResponse } from './dto/progress.response';

/** What names a person: left out for trainers, who see aggregates and statistics, not who. */
export const PERSONAL_FIELDS = ['externalId', 'name'] as const;

export const seesNames = (caller: Principal): boolean => caller.role !== 'trainer';

function unnamed<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const field of PERSONAL_FIELDS) delete copy[field];
  return copy as T;
}

export function cohortProgressFor(
  caller: Principal,
  report: CohortProgressResponse,
): CohortProgressResponse {
  if (seesNames(caller)) return report;
  return {
    ...report,
    atRisk: report.atRisk.map(unnamed),
    learners: { ...report.learners, items: report.learners.items.map(unnamed) },
  };
}

export function learnerProgressFor(
  caller: Principal,
  report: LearnerProgressResponse,
): LearnerProgressResponse {
  if (seesNames(caller)) return report;
  return { ...unnamed(report), enrollments: report.enrollments.map(unnamed) };
}
