import type { Clock } from '../../core/clock';
import type { DailySessionRecord, QuestionRecord } from '../../core/records';
import { newCardState } from '../../core/srs/card-state';
import { FsrsPolicy } from '../../core/srs/policy';
import {
  EngineRows,
  FakeSessionRepository,
  FakeTransactor,
} from '../../../test/factories/engine-fakes';
import {
  FakeCardRepository,
  FakeEnrollmentPlanRepository,
} from '../../../test/factories/engine-plan-fakes';
import type { CurrentParameters } from '../memory-model/current-parameters';
import { Answers } from './answers';
import { GradingService } from './grading.service';
import type { AnsweredPrompt, SessionFlow } from './session-flow';

const NOW = new Date('2026-03-02T02:00:00Z');
const text = { en: 'x' };

/** One learner, one open multiple-choice prompt (right answer "B"), and the engine around it. */
function engine() {
  const rows = new EngineRows();
  rows.enrollments.push({
    id: 1,
    learnerId: 7,
    cohortId: 3,
    status: 'active',
    nextSessionAt: null,
    enrolledAt: NOW,
    completedAt: null,
    updatedAt: NOW,
  });
  rows.cohorts.push({ id: 3, courseId: 'c', desiredRetention: 0.9 } as never);
  rows.questions.push({
    id: 11,
    lessonId: 5,
    type: 'single',
    prompt: text,
    choices: [text, text, text],
    answer: 'B',
    explain: text,
    retiredAt: null,
  } as Partial<QuestionRecord> as QuestionRecord);
  const session = { id: 21, enrollmentId: 1, localDate: '2026-03-02', status: 'open' };
  rows.sessions.push({
    ...session,
    answered: 0,
    correct: 0,
  } as Partial<DailySessionRecord> as DailySessionRecord);
  rows.prompts.push({
    id: 31,
    sessionId: 21,
    enrollmentId: 1,
    questionId: 11,
    kind: 'new',
    status: 'open',
    sentAt: new Date(NOW.getTime() - 60_000),
    closedAt: null,
  });
  rows.cards.push({
    id: 41,
    enrollmentId: 1,
    questionId: 11,
    ...newCardState(NOW),
    createdAt: NOW,
  });
  const followUps: AnsweredPrompt[] = [];
  const flow = {
    nextQuestion: async () => null,
    afterAnswer: async (a: AnsweredPrompt) => (followUps.push(a), true),
  } as unknown as SessionFlow;
  const sessions = new FakeSessionRepository(rows);
  const grading = new GradingService(
    new FakeTransactor(),
    sessions,
    new FakeCardRepository(rows),
    new FakeEnrollmentPlanRepository(rows),
    { now: () => NOW } as Clock,
    flow,
    new FsrsPolicy(),
    { forCourse: async () => undefined } as unknown as CurrentParameters,
  );
  return { rows, followUps, answers: new Answers(grading, sessions) };
}

const reply = (text: string, inboundMessageId = 'm1') => ({ learnerId: 7, text, inboundMessageId });

describe('Answers.take', () => {
  afterEach(() => jest.restoreAllMocks());

  it('grades a right answer once: a review, the tally, the prompt closed, the feedback queued', async () => {
    const { rows, followUps, answers } = engine();
    const outcome = await answers.take(reply('b'));
    expect(outcome).toMatchObject({ kind: 'graded', grade: 'right', sessionDone: true });
    expect(rows.reviews).toHaveLength(1);
    expect(rows.reviews[0]).toMatchObject({ grade: 'right', chosen: 'B', latencyMs: 60_000 });
    expect(rows.sessions[0]).toMatchObject({ answered: 1, correct: 1 });
    expect(rows.prompts[0].status).toBe('answered');
    expect(rows.cards[0].reps).toBe(1);
    expect(followUps).toHaveLength(1);
  });

  it('keeps the prompt open for a reply that is not an answer', async () => {
    const { rows, answers } = engine();
    const outcome = await answers.take(reply('hello there'));
    expect(outcome).toMatchObject({ kind: 'not-an-answer', prompt: { promptId: 31 } });
    expect(rows.prompts[0].status).toBe('open');
    expect(rows.reviews).toHaveLength(0);
  });

  it('says there is nothing to answer once the prompt is answered', async () => {
    const { answers } = engine();
    await answers.take(reply('B'));
    expect(await answers.take(reply('C', 'm2'))).toEqual({ kind: 'no-open-prompt' });
  });

  it('grades a message delivered twice only once', async () => {
    const { rows, answers } = engine();
    await answers.take(reply('B'));
    rows.prompts[0].status = 'open';
    expect(await answers.take(reply('B'))).toEqual({ kind: 'closed' });
    expect(rows.reviews).toHaveLength(1);
  });

  it('tells an answer that arrives after midnight that its session expired', async () => {
    const { rows, answers } = engine();
    const sessions = new FakeSessionRepository(rows);
    // The midnight expiry lands between reading the prompt and grading it.
    const close = sessions.closePrompt.bind(sessions);
    jest.spyOn(FakeSessionRepository.prototype, 'closePrompt').mockImplementationOnce(async () => {
      await sessions.expireDue(new Date('2026-03-03T00:00:00Z'), 10);
      return close(31, NOW);
    });
    rows.sessions[0].expiresAt = new Date('2026-03-02T16:00:00Z');
    expect(await answers.take(reply('B'))).toEqual({ kind: 'expired' });
    expect(rows.reviews).toHaveLength(0);
  });
});
