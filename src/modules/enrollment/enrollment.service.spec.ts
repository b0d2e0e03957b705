import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../core/errors';
import { MovableClock } from '../../core/movable-clock';
import {
  FakeAppSettings,
  FakeCohorts,
  FakeEnrollmentCodes,
  FakeEnrollments,
  FakeLearners,
  InlineTransactor,
} from '../../../test/factories/enrollment-fakes';
import { AppSecrets } from './app-secrets';
import { CohortService } from './cohort.service';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';
import { EnrollmentService } from './enrollment.service';
import { HolidayCalendars } from './holiday-calendars';

/** The enrolment rules on in-memory ports: what a re-sent or corrected spreadsheet does. */
describe('enrolling learners', () => {
  const clock = new MovableClock('2026-03-02T01:00:00Z');
  let learners: FakeLearners;
  let enrollments: FakeEnrollments;
  let codes: FakeEnrollmentCodes;
  let service: EnrollmentService;

  beforeEach(async () => {
    const config = AppConfig.fromEnv({ CONTENT_DIR: '/nonexistent' });
    const calendars = new HolidayCalendars(config);
    const cohorts = new FakeCohorts(['course']);
    learners = new FakeLearners();
    enrollments = new FakeEnrollments(learners, cohorts);
    codes = new FakeEnrollmentCodes();
    const transactor = new InlineTransactor();
    const schedules = new EnrollmentSchedules(config, calendars, enrollments);
    const cohortService = new CohortService(
      transactor,
      cohorts,
      enrollments,
      clock,
      config,
      calendars,
      schedules,
    );
    const joinCodes = new EnrollmentCodes(new AppSecrets(new FakeAppSettings()), codes);
    service = new EnrollmentService(
      transactor,
      clock,
      cohortService,
      joinCodes,
      schedules,
      learners,
      enrollments,
    );
    await cohortService.create({ name: 'Sales', courseId: 'course', startDate: '2026-03-02' });
  });

  it('reports every bad row and saves nothing', async () => {
    const enrol = service.enrol(1, [
      { externalId: 'E1', name: '' },
      { externalId: 'E2', name: '王丽', deliveryTime: '25:00' },
      { externalId: 'E1', name: '李强' },
    ]);
    await expect(enrol).rejects.toBeInstanceOf(DomainError);
    const error = (await enrol.catch((e: DomainError) => e)) as DomainError;
    expect(error.details?.map((d) => d.field)).toEqual(
      expect.arrayContaining(['rows[0].name', 'rows[1].deliveryTime', 'rows[2].externalId']),
    );
    expect([learners.rows, enrollments.rows, codes.rows]).toEqual([[], [], []]);
  });

  it('matches learners by trimmed external id: a re-send updates, never duplicates', async () => {
    const [first] = await service.enrol(1, [{ externalId: 'E1', name: '王丽', locale: 'zh' }]);
    const [again] = await service.enrol(1, [{ externalId: ' E1 ', name: '王丽' }]);
    expect(again).toMatchObject({ learnerId: first.learnerId, created: false, unchanged: true });
    expect(again.code).toBe(first.code);

    const [renamed] = await service.enrol(1, [{ externalId: 'E1', name: '王莉' }]);
    expect(renamed).toMatchObject({ created: false, unchanged: false, code: first.code });
    // An empty optional cell leaves the stored setting alone.
    expect(learners.rows).toEqual([expect.objectContaining({ name: '王莉', locale: 'zh' })]);
    expect(enrollments.rows).toHaveLength(1);
  });

  it('gives a code to whoever has not joined, and none once they have', async () => {
    const [enrolled] = await service.enrol(1, [{ externalId: 'E1', name: '王丽' }]);
    expect(enrolled.code).toMatch(/\S/);
    await learners.bind(enrolled.learnerId, {
      wechatContactId: 'wx-1',
      wechatAlias: 'sc-1',
      boundAt: clock.now(),
      updatedAt: clock.now(),
    });
    const [joined] = await service.enrol(1, [{ externalId: 'E1', name: '王丽' }]);
    expect(joined).toMatchObject({ code: null, codeExpiresAt: null, unchanged: true });
  });

  it('schedules a new enrolment for its next delivery time', async () => {
    await service.enrol(1, [{ externalId: 'E1', name: '王丽', deliveryTime: '20:30' }]);
    // Monday 2 March 2026, 09:00 in Shanghai: today's 20:30 is still ahead.
    expect(enrollments.rows[0].nextSessionAt).toEqual(new Date('2026-03-02T12:30:00Z'));
  });
});
