import request from 'supertest';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

interface Attempt {
  name: string;
  method: 'post' | 'patch';
  path: string;
  contentType: string;
  body: string | Buffer;
}

/** Values of every wrong kind for one field. */
const WRONG_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  'x'.repeat(100_000),
  [],
  [1, 'a'],
  {},
  { a: { b: 1 } },
  '\u0000',
  '😀'.repeat(300),
  "'; DROP TABLE learners; --",
];

const nested = (depth: number, leaf: string, open: (inner: string) => string) => {
  let text = leaf;
  for (let i = 0; i < depth; i++) text = open(text);
  return text;
};

/** The same shapes thrown at every JSON route: broken, deep, huge, or aimed at prototypes. */
const WHOLE_BODIES: Array<[string, string]> = [
  ['empty', ''],
  ['not JSON', 'name=x&courseId=y'],
  ['broken JSON', '{"name": '],
  ['a number', '5'],
  ['null', 'null'],
  ['a string', '"cohort"'],
  ['an array of nulls', '[null, null]'],
  ['nested 9 deep', `{"name": ${nested(9, '"x"', (inner) => `{"a": ${inner}}`)}}`],
  ['nested 100 deep', `{"name": ${nested(100, '"x"', (inner) => `{"a": ${inner}}`)}}`],
  ['nested 50,000 deep', `{"name": ${nested(50_000, '"x"', (inner) => `{"a": ${inner}}`)}}`],
  ['arrays 50,000 deep', `{"name": ${nested(50_000, '1', (inner) => `[${inner}]`)}}`],
  ['__proto__', '{"name": "x", "courseId": "mini-course", "__proto__": {"isAdmin": true}}'],
  ['nested __proto__', '{"name": {"__proto__": {"isAdmin": true}}}'],
  ['constructor.prototype', '{"name": "x", "constructor": {"prototype": {"isAdmin": true}}}'],
  ['prototype', '{"prototype": {"isAdmin": true}}'],
  ['__proto__ in a row', '[{"externalId": "P1", "name": "x", "__proto__": {"isAdmin": true}}]'],
  ['900 kB string', JSON.stringify({ name: 'y'.repeat(900_000) })],
  ['over 1 MB', JSON.stringify({ name: 'z'.repeat(1_100_000) })],
  ['duplicate keys', '{"name": "a", "name": {"x": 1}}'],
  ['unicode escapes', '{"name": "\\ud800\\udc00\\u0000", "courseId": "\\u006d"}'],
];

const CSV_BODIES: Array<[string, string | Buffer]> = [
  ['binary junk', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))],
  ['NUL bytes', 'externalId,name\n\u0000,\u0000\n'],
  ['only a BOM', '\uFEFF'],
  ['only a header', 'externalId,name\r\n'],
  ['10,000 columns', `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\nx\n`],
  ['a 4 MB cell', `externalId,name\nQ1,${'长'.repeat(1_300_000)}\n`],
  ['an unclosed quote', 'externalId,name\nQ1,"never closed\n'],
  ['semicolons', 'externalId;name\nQ1;王丽\n'],
  ['a formula', 'externalId,name\nQ1,"=cmd|\' /C calc\'!A0"\n'],
  ['JSON sent as CSV', '[{"externalId":"Q1","name":"x"}]'],
  ['over 5 MB', `externalId,name\n${'Q,x\n'.repeat(1_400_000)}`],
  ['mixed line ends', 'externalId,name\rQ1,a\nQ2,b\r\nQ3,c'],
];

const json = (name: string, method: Attempt['method'], path: string, body: unknown): Attempt => ({
  name,
  method,
  path,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

/** Each field of a valid body replaced, in turn, by every wrong value. */
function fieldAttacks(
  method: Attempt['method'],
  path: string,
  base: Record<string, unknown>,
  fields: string[],
  wrap: (body: Record<string, unknown>) => unknown = (body) => body,
): Attempt[] {
  return fields.flatMap((field) =>
    WRONG_VALUES.map((value) =>
      json(
        `${field}=${String(JSON.stringify(value)).slice(0, 20)}`,
        method,
        path,
        wrap({ ...base, [field]: value }),
      ),
    ),
  );
}

function malformedAttempts(cohortId: number, learnerId: number): Attempt[] {
  const cohortFields = [
    'name',
    'courseId',
    'startDate',
    'timezone',
    'deliveryTime',
    'workdays',
    'newLessonsPerDay',
    'maxReviewsPerDay',
    'desiredRetention',
    'holidayCalendar',
  ];
  const learnerFields = ['externalId', 'name', 'locale', 'deliveryTime', 'timezone'];
  const routes: Array<[Attempt['method'], string]> = [
    ['post', '/api/v1/cohorts'],
    ['patch', `/api/v1/cohorts/${cohortId}`],
    ['patch', `/api/v1/learners/${learnerId}`],
    ['post', `/api/v1/cohorts/${cohortId}/learners`],
    ['post', `/api/v1/learners/${learnerId}/code`],
    ['post', `/api/v1/cohorts/${cohortId}/deliver-now`],
  ];
  const csv = (name: string, body: string | Buffer): Attempt => ({
    name: `CSV ${name}`,
    method: 'post',
    path: `/api/v1/cohorts/${cohortId}/learners`,
    contentType: 'text/csv',
    body,
  });
  return [
    ...fieldAttacks(
      'post',
      '/api/v1/cohorts',
      { name: 'x', courseId: 'mini-course' },
      cohortFields,
    ),
    ...fieldAttacks('patch', `/api/v1/learners/${learnerId}`, {}, [
      'status',
      ...learnerFields.slice(1),
    ]),
    ...fieldAttacks(
      'post',
      `/api/v1/cohorts/${cohortId}/learners`,
      { externalId: 'M1', name: 'x' },
      learnerFields,
      (row) => [row],
    ),
    ...routes.flatMap(([method, path]) => [
      ...WHOLE_BODIES.map(([name, body]): Attempt => ({
        name,
        method,
        path,
        contentType: 'application/json',
        body,
      })),
      { name: 'XML', method, path, contentType: 'application/xml', body: '<cohort/>' },
    ]),
    ...CSV_BODIES.map(([name, body]) => csv(name, body)),
  ];
}

describe(`malformed requests never get a 500 (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  const attempts: Attempt[] = [];

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir, API_RATE_LIMIT_PER_MINUTE: '100000' });
    const auth = { Authorization: `Bearer ${t.keys.admin}` };
    const cohort = await request(t.app.getHttpServer())
      .post('/api/v1/cohorts')
      .set(auth)
      .send({ name: 'x', courseId: 'mini-course' });
    const enrolled = await request(t.app.getHttpServer())
      .post(`/api/v1/cohorts/${cohort.body.id}/learners`)
      .set(auth)
      .send([{ externalId: 'L1', name: '王丽' }]);
    attempts.push(...malformedAttempts(cohort.body.id, enrolled.body.learners[0].learnerId));
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('throws more than 200 malformed bodies at the admin API', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(200);
  });

  // Some 200 requests one after another: a loaded 2-core machine needs more than 30 s.
  it('answers each with a 4xx in the SPEC error shape, or accepts it', async () => {
    const outcomes: Array<[string, number]> = [];
    for (const attempt of attempts) {
      const response = await request(t.app.getHttpServer())
        [attempt.method](attempt.path)
        .set('Authorization', `Bearer ${t.keys.admin}`)
        .set('Content-Type', attempt.contentType)
        .send(attempt.body);
      outcomes.push([
        `${attempt.method.toUpperCase()} ${attempt.path} ${attempt.name}`,
        response.status,
      ]);
      if (response.status >= 400) {
        expect(response.body).toEqual({
          statusCode: response.status,
          error: expect.any(String),
          message: expect.any(String),
          details: expect.any(Array),
        });
      }
    }
    expect(outcomes.filter(([, status]) => status >= 500)).toEqual([]);
    expect(new Set(outcomes.map(([, status]) => status))).toEqual(
      new Set([200, 201, 400, 413, 415]),
    );
  }, 120_000);

  it('left no prototype polluted, and the service healthy', async () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    await request(t.app.getHttpServer()).get('/api/v1/health').expect(200);
  });
});
