import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { OpenApiDocument, RequestFuzzer } from '../support/request-fuzzer';
import { createTestApp, TEST_ADMIN_KEY, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

/** Change the seed to explore; a failure names the seed and the request to replay it. */
const SEED = 'openapi-fuzz-1';
const PER_OPERATION = 110;

describe(`every route of openapi.json, fuzzed (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const doc = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8'),
  ) as OpenApiDocument;

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({
      CONTENT_DIR: root.dir,
      API_RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_FAILURES_PER_MINUTE: '10000',
    });
    t.clock.set('2026-03-01T08:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  /**
   * Real ids to aim at, so requests reach the handlers and not only the 404s, and keys whose
   * ids are out of that range, so a fuzzed DELETE /api-keys/:id cannot revoke them.
   */
  async function realIds(): Promise<{ ids: string[]; keys: Record<string, string> }> {
    const http = () => request(t.app.getHttpServer());
    const admin = { Authorization: `Bearer ${TEST_ADMIN_KEY}` };
    const apiKeys = t.app.get(ApiKeyService);
    for (let i = 0; i < 20; i++) await apiKeys.create('trainer', `decoy ${i}`);
    const keys = {
      hr: (await apiKeys.create('hr', 'fuzz hr')).key,
      trainer: (await apiKeys.create('trainer', 'fuzz trainer')).key,
    };
    const cohort = await http()
      .post('/api/v1/cohorts')
      .set(admin)
      .send({ name: '模糊', courseId: 'mini-course', startDate: '2026-03-02' })
      .expect(201);
    const people = Array.from({ length: 6 }, (_, i) => ({ externalId: `F${i}`, name: `人${i}` }));
    const enrolled = await http()
      .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
      .set(admin)
      .send(people)
      .expect(200);
    const limited = await apiKeys.create('hr', 'fuzz limited hr', [cohort.body.id]);
    const learnerIds = enrolled.body.learners.map((l: { learnerId: number }) => l.learnerId);
    return {
      ids: ['mini-course', String(cohort.body.id), ...learnerIds.map(String), '1', '2'],
      keys: { ...keys, 'limited hr': limited.key },
    };
  }

  it(`answers ${PER_OPERATION} generated requests per operation without a 5xx (seed ${SEED})`, async () => {
    const real = await realIds();
    const keys: Record<string, string | undefined> = {
      'env-admin': TEST_ADMIN_KEY,
      ...real.keys,
      anonymous: undefined,
      'wrong key': 'sck_0123456789ab_' + 'A'.repeat(43),
    };
    // Mostly callers who get past authentication, so the handlers see the bad input.
    const callers = [...Object.keys(keys), 'env-admin', 'env-admin', 'hr', 'hr', 'trainer'];
    const fuzzer = new RequestFuzzer(doc, SEED, { ids: real.ids, callers });
    const failures: string[] = [];
    let sent = 0;
    for (const r of fuzzer.requests(PER_OPERATION)) {
      sent++;
      let call = request(t.app.getHttpServer())[r.method as 'get'](r.path);
      const key = keys[r.caller];
      if (key) call = call.set('Authorization', `Bearer ${key}`);
      if (r.contentType) call = call.set('Content-Type', r.contentType);
      const response = await (r.body === undefined ? call : call.send(r.body));
      const shaped =
        response.status < 400 ||
        (response.body?.statusCode === response.status && Array.isArray(response.body.details));
      if (response.status >= 500 || !shaped) {
        const body = typeof r.body === 'string' ? r.body.slice(0, 200) : r.body && '<bytes>';
        failures.push(`#${sent} ${response.status} ${JSON.stringify({ ...r, body })}`);
      }
    }
    expect(sent).toBeGreaterThanOrEqual(2500);
    expect(failures).toEqual([]);
    await request(t.app.getHttpServer()).get('/api/v1/health').expect(200);
  }, 600_000);
});
