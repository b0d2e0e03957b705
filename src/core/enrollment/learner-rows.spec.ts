import { cohortSettingsProblems } from './cohort-settings';
import { learnerRowProblems } from './learner-rows';

describe('learner rows for an import', () => {
  it('accepts Chinese names and optional fields left out', () => {
    expect(
      learnerRowProblems([
        { externalId: 'E001', name: '王丽' },
        {
          externalId: 'E002',
          name: 'Chen Gang',
          locale: 'en',
          deliveryTime: '20:30',
          timezone: 'Asia/Shanghai',
        },
      ]),
    ).toEqual([]);
  });

  it('names every bad field of every row at once', () => {
    expect(
      learnerRowProblems([
        { externalId: 'E001', name: '王丽', locale: 'fr' },
        { externalId: '', name: '陈刚', deliveryTime: '25:00' },
        { externalId: 'E001', name: '' },
      ]).map((p) => p.field),
    ).toEqual([
      'rows[0].locale',
      'rows[1].externalId',
      'rows[1].deliveryTime',
      'rows[2].name',
      'rows[2].externalId',
    ]);
  });

  it('refuses an empty import and one over 5,000 rows', () => {
    expect(learnerRowProblems([])[0].message).toMatch(/at least one/);
    const many = Array.from({ length: 5001 }, (_, i) => ({ externalId: `E${i}`, name: 'x' }));
    expect(learnerRowProblems(many)[0].message).toMatch(/limit is 5000/);
  });
});

describe('cohort settings', () => {
  it('accept the defaults a new cohort gets', () => {
    expect(
      cohortSettingsProblems({
        name: '上海销售一组',
        startDate: '2026-03-02',
        timezone: 'Asia/Shanghai',
        deliveryTime: '09:00',
        workdays: [1, 2, 3, 4, 5],
        newLessonsPerDay: 1,
        maxReviewsPerDay: 5,
        desiredRetention: 0.9,
      }),
    ).toEqual([]);
  });

  it.each([
    ['timezone', { timezone: 'Mars/Base' }],
    ['deliveryTime', { deliveryTime: '9am' }],
    ['workdays', { workdays: [0, 1] }],
    ['workdays', { workdays: [1, 1] }],
    ['maxReviewsPerDay', { maxReviewsPerDay: 51 }],
    ['desiredRetention', { desiredRetention: 0.5 }],
    ['startDate', { startDate: '2026-02-30' }],
  ])('refuses a bad %s', (field, input) => {
    expect(cohortSettingsProblems(input).map((p) => p.field)).toEqual([field]);
  });
});
