import request from 'supertest';
import { DataSource, In } from 'typeorm';
import { EnrollmentEntity, LearnerEntity } from '../../src/infra/db/entities';
import { BindingService } from '../../src/modules/enrollment/binding.service';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { excelCsv, spreadsheetLearners } from '../factories/learner-csv';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

describe(`bulk enrolment and learners (${testEngine()})`, () => {
  let t: TestApp;
  let root: ContentRoot;
  let cohortId: number;
  const learners = spreadsheetLearners(300);
  const csv = excelCsv(learners);
  const http = () => request(t.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${t.keys.hr}` });
  const newCohort = async (name: string) =>
    (
      await http()
        .post('/api/v1/cohorts')
        .set(auth())
        .send({ name, courseId: 'mini-course', startDate: '2026-03-02' })
        .expect(201)
    ).body.id as number;
  const upload = (id: number, body: string) =>
    http()
      .post(`/api/v1/cohorts/${id}/learners`)
      .set(auth())
      .set('Content-Type', 'text/csv')
      .send(body);

  beforeAll(async () => {
    root = new ContentRoot().write(smallCourse());
    t = await createTestApp({ CONTENT_DIR: root.dir });
    t.clock.set('2026-03-01T08:00:00Z');
    cohortId = await newCohort('上海采购部');
  });
  afterAll(async () => {
    await t.close();
    root.remove();
  });

  it('enrols 300 learners from an Excel CSV with Chinese names, each with an enrolment code', async () => {
    const response = await upload(cohortId, csv).expect(200);
    expect(response.body).toMatchObject({ cohortId, created: 300, updated: 0 });
    expect(response.body.learners).toHaveLength(300);
    expect(response.body.learners.map((l: { name: string }) => l.name)).toEqual(
      learners.map((l) => l.name),
    );
    expect(response.body.learners[3]).toMatchObject({
      externalId: 'E0004',
      name: '刘, 芳',
      created: true,
    });
    for (const learner of response.body.learners)
      expect(learner.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    const stored = await t.app
      .get(DataSource)
      .getRepository(LearnerEntity)
      .findOneByOrFail({ externalId: 'E0010' });
    expect(stored).toMatchObject({ name: '周敏', locale: 'en', deliveryTime: '16:30' });
  });

  it('is idempotent by externalId: the same file again changes no one and returns the same codes', async () => {
    const first = await upload(cohortId, csv).expect(200);
    const response = await upload(cohortId, csv).expect(200);
    expect(response.body).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
    expect(response.body.learners.map((l: { code: string }) => l.code)).toEqual(
      first.body.learners.map((l: { code: string }) => l.code),
    );
    for (const learner of response.body.learners) expect(learner.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await t.app.get(DataSource).getRepository(LearnerEntity).count()).toBe(300);
    expect(await t.app.get(DataSource).getRepository(EnrollmentEntity).countBy({ cohortId })).toBe(
      300,
    );
  });

  it('refuses the same file with 3 bad rows, naming each by its spreadsheet row, and enrols no one', async () => {
    const broken = spreadsheetLearners(300, 'B');
    broken[9].externalId = '';
    broken[99].locale = 'fr';
    broken[249].deliveryTime = '25:00';
    const other = await newCohort('北京销售部');
    const response = await upload(other, excelCsv(broken)).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.details).toEqual([
      { field: 'row 11, externalId', message: 'is required: 1 to 128 characters' },
      { field: 'row 101, locale', message: 'must be zh or en' },
      { field: 'row 251, deliveryTime', message: 'must be a time HH:MM, 00:00 to 23:59' },
    ]);
    expect(
      await t.app.get(DataSource).getRepository(EnrollmentEntity).countBy({ cohortId: other }),
    ).toBe(0);
    expect(await t.app.get(DataSource).getRepository(LearnerEntity).count()).toBe(300);
  });

  it('names duplicates, a missing header, unknown columns and a broken quote', async () => {
    const other = await newCohort('广州');
    const duplicate = await upload(other, 'externalId,name\nX1,王丽\nX2,陈刚\nX1,王丽\n').expect(
      400,
    );
    expect(duplicate.body.details).toEqual([
      { field: 'row 4, externalId', message: '"X1" appears twice (also row 2)' },
    ]);
    const headless = await upload(other, 'X1,王丽\nX2,陈刚\n').expect(400);
    expect(headless.body.details.map((d: { field: string }) => d.field)).toEqual([
      'row 1, column 1',
      'row 1, column 2',
      'row 1',
      'row 1',
    ]);
    const unknown = await upload(other, 'externalId,name,team\nX1,王丽,A\n').expect(400);
    expect(unknown.body.details).toEqual([
      { field: 'row 1, column 3', message: expect.stringContaining('"team" is not a column') },
    ]);
    const unclosed = await upload(other, 'externalId,name\nX1,"王丽\n').expect(400);
    expect(unclosed.body.details[0].message).toMatch(/cannot be read as CSV/);
    // "王" saved by an older Excel in GBK instead of UTF-8.
    const gbk = Buffer.concat([
      Buffer.from('externalId,name\nX1,'),
      Buffer.from([0xcd, 0xf5]),
      Buffer.from('\n'),
    ]);
    const notUtf8 = await http()
      .post(`/api/v1/cohorts/${other}/learners`)
      .set(auth())
      .set('Content-Type', 'text/csv')
      .send(gbk)
      .expect(400);
    expect(notUtf8.body.details).toEqual([
      { field: '(file)', message: expect.stringContaining('CSV UTF-8') },
    ]);
  });

  it('counts blank lines and quoted line breaks as Excel numbers rows, and accepts loose header names', async () => {
    const other = await newCohort('深圳');
    const text = 'External ID,Name,Delivery Time\r\nY1,"两行\r\n名字",08:00\r\n\r\nY2,陈刚,9h\r\n';
    const response = await upload(other, text).expect(400);
    expect(response.body.details).toEqual([
      { field: 'row 4, deliveryTime', message: 'must be a time HH:MM, 00:00 to 23:59' },
    ]);
  });

  it('accepts times and languages as Excel and HR write them, and ids kept as text', async () => {
    const id = await newCohort('Excel forms');
    const file =
      'externalId,name,locale,deliveryTime\r\n' +
      'X1,王丽,zh-CN,9:00\r\n' +
      'X2,Chen Gang,English,9:30:00\r\n' +
      'X3,李娜,中文,08:15 PM\r\n' +
      '="00123",张伟,zh_Hans,\r\n';
    const response = await upload(id, file).expect(200);
    expect(response.body.created).toBe(4);
    const stored = await t.app
      .get(DataSource)
      .getRepository(LearnerEntity)
      .find({ where: { externalId: In(['X1', 'X2', 'X3', '00123']) }, order: { id: 'ASC' } });
    expect(stored.map((l) => [l.externalId, l.locale, l.deliveryTime])).toEqual([
      ['X1', 'zh', '09:00'],
      ['X2', 'en', '09:30'],
      ['X3', 'zh', '20:15'],
      ['00123', 'zh', null],
    ]);
    const bad = await upload(id, 'externalId,name,locale,deliveryTime\r\nX9,Y,fr,9am\r\n').expect(
      400,
    );
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
      'row 2, locale',
      'row 2, deliveryTime',
    ]);
  });

  it('takes a JSON array too, names its rows from 0, and refuses unknown fields', async () => {
    const other = await newCohort('成都');
    const bad = await http()
      .post(`/api/v1/cohorts/${other}/learners`)
      .set(auth())
      .send([{ externalId: 'J1', name: '王丽', team: 'A' }, { externalId: 'J2' }, 'J3'])
      .expect(400);
    expect(bad.body.details).toEqual([
      { field: 'rows[0].team', message: expect.stringContaining('is not a learner field') },
      { field: 'rows[1].name', message: 'is required: 1 to 200 characters' },
      { field: 'rows[2]', message: 'must be an object with externalId and name' },
      { field: 'rows[2].externalId', message: 'is required: 1 to 128 characters' },
      { field: 'rows[2].name', message: 'is required: 1 to 200 characters' },
    ]);
    const ok = await http()
      .post(`/api/v1/cohorts/${other}/learners`)
      .set(auth())
      .send([{ externalId: 'J1', name: 'Chen Gang', locale: 'en', timezone: 'Europe/Berlin' }])
      .expect(200);
    expect(ok.body.learners[0]).toMatchObject({
      externalId: 'J1',
      created: true,
      code: expect.any(String),
    });
    await http()
      .post(`/api/v1/cohorts/${other}/learners`)
      .set(auth())
      .send({ externalId: 'J1' })
      .expect(400);
  });

  it('refuses more than 5,000 rows, bodies too large, other media types and unknown cohorts', async () => {
    const many = excelCsv(spreadsheetLearners(5001, 'M'));
    const tooMany = await upload(cohortId, many).expect(400);
    expect(tooMany.body.details).toEqual([
      { field: 'rows', message: expect.stringContaining('the limit is 5000') },
    ]);
    const huge = `externalId,name\n${'Z1,'.padEnd(6_000_000, '王')}\n`;
    expect((await upload(cohortId, huge)).status).toBe(413);
    await http()
      .post(`/api/v1/cohorts/${cohortId}/learners`)
      .set(auth())
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    await upload(999999, csv).expect(404);
    await upload(0, csv).expect(400);
  });

  it('lists a cohort page by page, filtered by status or a search, with a total', async () => {
    const page = await http()
      .get(`/api/v1/cohorts/${cohortId}/learners?page=2&pageSize=100`)
      .set(auth())
      .expect(200);
    expect(page.body).toMatchObject({ total: 300, page: 2, pageSize: 100 });
    expect(page.body.items).toHaveLength(100);
    expect(page.body.items[0]).toMatchObject({
      externalId: 'E0101',
      status: 'active',
      bound: false,
    });
    const search = await http()
      .get(`/api/v1/cohorts/${cohortId}/learners?search=${encodeURIComponent('欧阳')}`)
      .set(auth())
      .expect(200);
    expect(search.body.total).toBe(15);
    const bad = await http()
      .get(`/api/v1/cohorts/${cohortId}/learners?status=gone&pageSize=501&extra=1`)
      .set(auth())
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'extra',
      'pageSize',
      'status',
    ]);
  });

  it('pauses and resumes a learner, and changes locale, delivery time and timezone', async () => {
    const id = (
      await t.app
        .get(DataSource)
        .getRepository(LearnerEntity)
        .findOneByOrFail({ externalId: 'E0001' })
    ).id;
    const paused = await http()
      .patch(`/api/v1/learners/${id}`)
      .set(auth())
      .send({ status: 'paused', locale: 'en', deliveryTime: '20:30', timezone: 'Europe/Berlin' })
      .expect(200);
    expect(paused.body).toMatchObject({
      locale: 'en',
      deliveryTime: '20:30',
      timezone: 'Europe/Berlin',
    });
    expect(paused.body.enrollments[0]).toMatchObject({ status: 'paused', nextSessionAt: null });
    const list = await http()
      .get(`/api/v1/cohorts/${cohortId}/learners?status=paused`)
      .set(auth())
      .expect(200);
    expect(list.body.items.map((l: { learnerId: number }) => l.learnerId)).toEqual([id]);
    const resumed = await http()
      .patch(`/api/v1/learners/${id}`)
      .set(auth())
      .send({ status: 'active', timezone: null, deliveryTime: null })
      .expect(200);
    // The cohort's 09:00 in Shanghai, on its first day.
    expect(resumed.body.enrollments[0]).toMatchObject({
      status: 'active',
      nextSessionAt: '2026-03-02T01:00:00.000Z',
    });
    expect(resumed.body).toMatchObject({ timezone: null, deliveryTime: null, locale: 'en' });
    const bad = await http()
      .patch(`/api/v1/learners/${id}`)
      .set(auth())
      .send({
        status: 'withdrawn',
        deliveryTime: '7:00',
        timezone: 'Mars/Base',
        name: '',
        wechat: 'x',
      })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'deliveryTime',
      'name',
      'status',
      'timezone',
      'wechat',
    ]);
    await http().get(`/api/v1/learners/999999`).set(auth()).expect(404);
    await http().get(`/api/v1/learners/abc`).set(auth()).expect(400);
  });

  it('reissues a code: the new one joins, the old one no longer does', async () => {
    const first = await http()
      .post(`/api/v1/cohorts/${cohortId}/learners`)
      .set(auth())
      .send([{ externalId: 'C1', name: '孙丽' }])
      .expect(200);
    const { learnerId, code: oldCode } = first.body.learners[0];
    const reissued = await http()
      .post(`/api/v1/learners/${learnerId}/code`)
      .set(auth())
      .expect(201);
    expect(reissued.body).toEqual({
      learnerId,
      code: expect.stringMatching(/^[A-Z2-9]{6}$/),
      expiresAt: '2026-03-15T08:00:00.000Z',
    });
    const binding = t.app.get(BindingService);
    expect((await binding.bind(oldCode, 'wx-c1', 'sc-c1')).status).toBe('revoked');
    expect((await binding.bind(reissued.body.code, 'wx-c1', 'sc-c1')).status).toBe('bound');
    const learner = await http().get(`/api/v1/learners/${learnerId}`).set(auth()).expect(200);
    expect(learner.body).toMatchObject({ bound: true, boundAt: '2026-03-01T08:00:00.000Z' });
    expect(learner.body).not.toHaveProperty('wechatContactId');
    await http().post('/api/v1/learners/999999/code').set(auth()).expect(404);
  });
});
