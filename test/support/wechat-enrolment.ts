import request from 'supertest';
import { LearnerRow } from '../../src/core/enrollment/learner-rows';
import { CohortService, NewCohort } from '../../src/modules/enrollment/cohort.service';
import { EnrollmentService } from '../../src/modules/enrollment/enrollment.service';
import { TestApp } from './test-app';

export interface Enrolled {
  cohortId: number;
  learners: Array<{ learnerId: number; code: string }>;
}

const ENROL_PATH = '/api/v1/cohorts/{id}/learners';

/**
 * HR's part: a cohort and its learners with their codes. Through the admin API when the app
 * serves `POST /api/v1/cohorts/:id/learners` (it was being built alongside these tests),
 * else through the services behind it; either way the learner then joins over WeChat.
 */
export async function enrolByHr(
  t: TestApp,
  cohort: NewCohort,
  rows: LearnerRow[],
): Promise<Enrolled> {
  return (await hasEnrolmentApi(t))
    ? enrolOverHttp(t, cohort, rows)
    : enrolInProcess(t, cohort, rows);
}

async function hasEnrolmentApi(t: TestApp): Promise<boolean> {
  const doc = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
  return Boolean(doc.body.paths?.[ENROL_PATH]?.post);
}

async function enrolOverHttp(t: TestApp, cohort: NewCohort, rows: LearnerRow[]): Promise<Enrolled> {
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

async function enrolInProcess(
  t: TestApp,
  cohort: NewCohort,
  rows: LearnerRow[],
): Promise<Enrolled> {
  const created = await t.app.get(CohortService).create(cohort);
  const enrolled = await t.app.get(EnrollmentService).enrol(created.id, rows);
  return {
    cohortId: created.id,
    learners: enrolled.map((l) => ({ learnerId: l.learnerId, code: l.code! })),
  };
}
