import request from 'supertest';
import { LearnerRow } from '../../src/core/enrollment/learner-rows';
import type { NewCohort } from '../../src/modules/enrollment/cohort.service';
import { TestApp } from './test-app';

export interface Enrolled {
  cohortId: number;
  learners: Array<{ learnerId: number; code: string }>;
}

/** HR's part, over the admin API: a cohort and its learners with their codes, to say on WeChat. */
export async function enrolByHr(
  t: TestApp,
  cohort: NewCohort,
  rows: LearnerRow[],
): Promise<Enrolled> {
  const http = request(t.app.getHttpServer());
  const auth = { Authorization: `Bearer ${t.keys.hr}` };
  const created = await http.post('/api/v1/cohorts').set(auth).send(cohort).expect(201);
  const enrolled = await http
    .post(`/api/v1/cohorts/${created.body.id}/learners`)
    .set(auth)
    .send(rows)
    .expect(200);
  return {
    cohortId: created.body.id,
    learners: enrolled.body.learners.map((l: { learnerId: number; code: string }) => ({
      learnerId: l.learnerId,
      code: l.code,
    })),
  };
}
