import type {
  CourseDetailResponse,
  ProgressTotalsResponse,
  QuestionStatResponse,
  RecentReview,
} from '../../web/src/api/types';
import {
  answersPerDay,
  cohortFigures,
  dailyLines,
  hardestQuestions,
  knowledgeMap,
  latestPerQuestion,
  learnersAtAGlance,
} from '../../web/src/charts/chart-data';

const totals = (over: Partial<ProgressTotalsResponse> = {}): ProgressTotalsResponse => ({
  learners: 4,
  active: 3,
  paused: 1,
  completed: 0,
  withdrawn: 0,
  bound: 3,
  activeLast7Days: 2,
  atRisk: 1,
  answers: 20,
  correct: 15,
  accuracy: 0.75,
  lessonsDelivered: 12,
  cards: 24,
  cardsDue: 4,
  cardsMastered: 6,
  meanRetrievability: 0.8,
  ...over,
});

const question = (over: Partial<QuestionStatResponse>): QuestionStatResponse =>
  ({
    questionId: 'q',
    lessonId: 'l1',
    timesAnswered: 0,
    accuracy: null,
    meanRetrievability: null,
    mostChosenWrong: { answer: '', count: 0, texts: [] },
    ...over,
  }) as QuestionStatResponse;

describe('cohort figures', () => {
  it('counts learners active in the last 7 days against those who joined', () => {
    expect(cohortFigures(totals())).toEqual({
      learners: 4,
      joined: 3,
      active7: 2,
      participation: 2 / 3,
      accuracy: 0.75,
      atRisk: 1,
    });
  });

  it('has no participation before anyone joined', () => {
    expect(cohortFigures(totals({ bound: 0, activeLast7Days: 0 })).participation).toBeNull();
  });
});

describe('the daily chart', () => {
  it('draws participation, accuracy and recall in percent, with gaps on days without sessions', () => {
    const day = (date: string, p: number | null, a: number | null, r: number | null) => ({
      date,
      sessions: p === null ? 0 : 10,
      answers: a === null ? 0 : 20,
      learnersAnswering: 0,
      participation: p,
      accuracy: a,
      meanPredictedRecall: r,
    });
    const lines = dailyLines({
      cohortId: 1,
      timezone: 'Asia/Shanghai',
      from: '2026-03-06',
      to: '2026-03-08',
      days: [
        day('2026-03-06', 0.8571, 0.72, 0.8312),
        day('2026-03-07', null, null, 0.8),
        day('2026-03-08', 1, 0.5, null),
      ],
    });
    expect(lines).toEqual({
      days: ['2026-03-06', '2026-03-07', '2026-03-08'],
      participation: [85.7, null, 100],
      accuracy: [72, null, 50],
      recall: [83.1, 80, null],
    });
  });
});

describe('learners at a glance', () => {
  it('lines up each bar with its figure', () => {
    const glance = learnersAtAGlance(totals());
    expect(Object.fromEntries(glance.keys.map((k, i) => [k, glance.values[i]]))).toEqual({
      learners: 4,
      joined: 3,
      active: 3,
      paused: 1,
      atRisk: 1,
      completed: 0,
    });
  });
});

describe('knowledge map', () => {
  const course = {
    modules: [
      { id: 'basics', title: { en: 'Basics' }, lessons: [{ id: 'l1' }, { id: 'l2' }] },
      { id: 'practice', title: { en: 'Practice' }, lessons: [{ id: 'l3' }] },
    ],
  } as unknown as CourseDetailResponse;

  it('puts each module’s accuracy week by week, then its mean predicted recall now', () => {
    const map = knowledgeMap(
      course,
      [
        question({ lessonId: 'l1', timesAnswered: 30, accuracy: 0.9, meanRetrievability: 0.8 }),
        question({ lessonId: 'l2', timesAnswered: 10, accuracy: 0.5, meanRetrievability: 0.6 }),
        question({ lessonId: 'gone', timesAnswered: 99, accuracy: 0, meanRetrievability: 0 }),
      ],
      {
        cohortId: 1,
        weeks: [
          { week: 1, from: '2026-03-02' },
          { week: 2, from: '2026-03-09' },
        ],
        modules: [
          { moduleId: 'basics', answers: [20, 0], accuracy: [0.654, null] },
          { moduleId: 'gone', answers: [5, 5], accuracy: [1, 1] },
        ],
      },
    );
    expect(map.modules.map((m) => m.id)).toEqual(['basics', 'practice']);
    expect(map.weeks).toEqual(['2026-03-02', '2026-03-09']);
    expect(map.cells).toEqual([
      [0, 0, 65],
      [1, 0, null],
      [2, 0, 70],
      [0, 1, null],
      [1, 1, null],
      [2, 1, null],
    ]);
  });
});

describe('hardest questions', () => {
  it('puts the least accurate answered questions first, more answers breaking ties', () => {
    const hardest = hardestQuestions(
      [
        question({ questionId: 'easy', timesAnswered: 5, accuracy: 1 }),
        question({ questionId: 'never', timesAnswered: 0, accuracy: null }),
        question({ questionId: 'hard', timesAnswered: 5, accuracy: 0.2 }),
        question({ questionId: 'hard-often', timesAnswered: 50, accuracy: 0.2 }),
      ],
      2,
    );
    expect(hardest.map((q) => q.questionId)).toEqual(['hard-often', 'hard']);
  });
});

describe('answers over time', () => {
  const review = (reviewedAt: string, questionId: string, grade: RecentReview['grade']) =>
    ({ reviewedAt, questionId, grade }) as RecentReview;
  const reviews = [
    review('2026-03-03T01:00:00Z', 'q2', 'wrong'),
    review('2026-03-02T01:00:00Z', 'q1', 'right'),
    review('2026-03-03T02:00:00Z', 'q1', 'partial'),
    review('2026-03-03T03:00:00Z', 'q2', 'right'),
  ];

  it('puts each session day’s right and other answers side by side, skipped days too', () => {
    const days = [
      { date: '2026-03-02', answered: 2, correct: 1 },
      { date: '2026-03-03', answered: 0, correct: 0 },
      { date: '2026-03-04', answered: 3, correct: 3 },
    ];
    expect(answersPerDay(days)).toEqual({
      days: ['2026-03-02', '2026-03-03', '2026-03-04'],
      right: [1, 0, 3],
      notRight: [1, 0, 0],
    });
  });

  it('keeps the latest answer to each question', () => {
    expect(latestPerQuestion(reviews).map((r) => [r.questionId, r.grade])).toEqual([
      ['q2', 'right'],
      ['q1', 'partial'],
    ]);
  });
});
