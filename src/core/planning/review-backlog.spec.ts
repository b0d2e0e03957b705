import { newCardState } from '../srs/card-state';
import { RecallForecast, reviewValue } from '../srs/review-value';
import { planDay, QuestionCard } from './plan-day';
import { curriculumOf, DAY_MS, dayInput, reviewedCard } from './plan-day.fixture';

// Monday 2026-03-16 in Shanghai: the session starts at 01:00Z and expires at 16:00Z.
const DATE = '2026-03-16';
const START = new Date('2026-03-16T01:00:00Z');
const END = new Date('2026-03-16T16:00:00Z');
const delivered = (upTo: number) => new Set(Array.from({ length: upTo }, (_, i) => i + 1));

describe('a backlog of 40 due reviews', () => {
  const curriculum = curriculumOf(25);
  const questions = curriculum.slice(0, 20).flatMap((lesson) => lesson.questionIds);
  // Every card is overdue, each by a different number of days (a permutation of 3..42).
  const daysAgo = new Map(questions.map((id, i) => [id, 3 + ((i * 7) % 40)]));
  const cards: QuestionCard[] = questions.map((questionId) => ({
    questionId,
    card: reviewedCard(START, daysAgo.get(questionId)!, 2),
  }));
  const input = dayInput(DATE, {
    curriculum,
    deliveredLessonIds: delivered(20),
    cards,
    cohortStartDate: '2026-01-05',
  });

  describe('under the engine (FSRS, reviews chosen by value)', () => {
    const plan = planDay(input);

    it('sends only five, the ones that buy the most recall, best first', () => {
      const values = plan.reviews.map((id) =>
        reviewValue(cards.find((c) => c.questionId === id)!.card, START, 21, new RecallForecast()),
      );
      expect(plan.reviews).toHaveLength(5);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });

    it('still brings the next new lesson: a first reading is worth more than a sixth review', () => {
      expect(plan.newLessons.map((l) => l.lessonId)).toEqual([21]);
    });
  });

  describe('under a fixed rule (reviews by due date)', () => {
    const plan = planDay({ ...input, reviewOrder: 'due' });

    it('sends the five due longest, longest first', () => {
      const longestUnseen = [...questions].sort((a, b) => daysAgo.get(b)! - daysAgo.get(a)!);
      expect(plan.reviews).toEqual(longestUnseen.slice(0, 5));
    });

    it('still brings the next new lesson, before the reviews', () => {
      expect(plan.newLessons.map((l) => l.lessonId)).toEqual([21]);
    });
  });
});

describe('which cards count as due today', () => {
  const base = dayInput(DATE, { deliveredLessonIds: delivered(3), cohortStartDate: '2026-01-05' });
  const dueAt = (questionId: number, due: Date): QuestionCard => ({
    questionId,
    card: { ...reviewedCard(START, 3, 10), due },
  });

  it('a card due any time before the end of the local day, not one due at midnight', () => {
    const cards = [
      dueAt(101, new Date(END.getTime() - 60_000)),
      dueAt(102, END),
      dueAt(201, new Date(START.getTime() + 3 * DAY_MS)),
    ];
    expect(planDay({ ...base, cards }).reviews).toEqual([101]);
  });

  it('a prompt that expired unanswered comes back first: nothing is known of it', () => {
    const unanswered = { questionId: 301, card: newCardState(new Date('2026-03-13T01:00:00Z')) };
    const cards = [dueAt(101, START), unanswered];
    expect(planDay({ ...base, cards }).reviews).toEqual([301, 101]);
  });

  it("today's new questions are asked once, as first prompts, not again as reviews", () => {
    const todays = { questionId: 401, card: newCardState(START) };
    const plan = planDay({ ...base, cards: [todays, dueAt(101, START)] });
    expect(plan.newLessons[0].questionIds).toContain(401);
    expect(plan.reviews).toEqual([101]);
  });
});

describe('a learner who skipped a week', () => {
  // Lessons 1-6 went out Mar 9-13 and 16 while nobody answered; it is now Tuesday Mar 17.
  const lastWeek = new Date('2026-03-09T01:00:00Z');
  const unanswered = curriculumOf(6).flatMap((lesson) =>
    lesson.questionIds.map((questionId) => ({ questionId, card: newCardState(lastWeek) })),
  );
  const input = dayInput('2026-03-17', {
    curriculum: curriculumOf(12),
    deliveredLessonIds: delivered(6),
    cards: unanswered,
    cohortStartDate: '2026-01-05',
  });
  const plan = { ...planDay(input), input };

  it('gets one new lesson, not the missed ones at once', () => {
    expect(plan.newLessons.map((l) => l.lessonId)).toEqual([7]);
  });

  it('under a fixed rule too', () => {
    const fixed = planDay({ ...plan.input, reviewOrder: 'due' });
    expect(fixed.newLessons.map((l) => l.lessonId)).toEqual([7]);
  });

  it('gets at most five reviews from the 12 waiting', () => {
    expect(plan.reviews).toHaveLength(5);
  });
});

describe('a retired question', () => {
  it('is never planned, even when its card is the most forgotten', () => {
    const curriculum = curriculumOf(3);
    curriculum[0] = { lessonId: 1, questionIds: [101] }; // 102 was removed from the files
    const cards = [
      { questionId: 102, card: newCardState(new Date('2026-03-02T01:00:00Z')) },
      { questionId: 101, card: reviewedCard(START, 3, 2) },
    ];
    const plan = planDay(
      dayInput(DATE, {
        curriculum,
        deliveredLessonIds: delivered(1),
        cards,
        cohortStartDate: '2026-03-02',
      }),
    );
    expect(plan.reviews).toEqual([101]);
  });
});
