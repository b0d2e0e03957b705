import { default_w } from 'ts-fsrs';
import { DomainError } from '../../../src/core/errors';
import { gradeAnswer } from '../../../src/core/dialogue/grade-answer';
import { evaluateParameters } from '../../../src/core/memory-model/evaluation';
import { discountGuesses } from '../../../src/core/memory-model/guess-discount';
import { fitIsBetter, prepareFit } from '../../../src/core/memory-model/fit-plan';
import { LoggedReview, ratingNumber } from '../../../src/core/memory-model/review-history';
import { planDay } from '../../../src/core/planning/plan-day';
import { addDays, endOfLocalDay, instantAt } from '../../../src/core/planning/local-time';
import { LearnerMemory } from '../../../src/core/simulation/learner-memory';
import { CreateLearnerModel } from '../../../src/core/simulation/learner-model';
import { SeededRandom } from '../../../src/core/simulation/seeded-random';
import { attendance, learnerTraits, replyTo } from '../../../src/core/simulation/synthetic-learner';
import { CardState, newCardState } from '../../../src/core/srs/card-state';
import { guessRate } from '../../../src/core/srs/guessing';
import { SchedulingPolicy } from '../../../src/core/srs/policy';
import { forecastFor } from '../../../src/core/srs/review-value';
import { fitFsrsParameters } from '../../../src/infra/fsrs-optimizer';
import { ReplicaCourse } from './replica-course';
import { choosePlan, WhatIf } from './what-ifs';

export interface ReplicaSpec {
  course: ReplicaCourse;
  policy: SchedulingPolicy;
  readsLessons: boolean;
  whatIf: WhatIf;
  createModel: CreateLearnerModel;
  learners: number;
  days: number;
  cap: number;
  seed: string;
  startDate: string;
  timezone: string;
}

export interface ReplicaResult {
  /** Recall at the end of the last day over every course question (`recall_end`). */
  recall: number;
  promptsPerLearnerDay: number;
  /** The learners' true recall of the questions asked as reviews, when asked. */
  recallAtReview: number;
}

const DEFAULT_RETENTION = 0.9;
const DEFAULT_HORIZON_DAYS = 21;
const SECONDS_PER_ANSWER = 30;

/**
 * The simulator's run without the service around it: the cohort defaults, the same planner
 * (`planDay`), policies, grading rule, learners, attendance and replies, and the `fsrs`
 * policy's weekly re-fit through the same fit, hold-out and acceptance rules; cards live in
 * memory. A day that is not answered costs its first prompt, as in the real run.
 */
export async function replicaRun(spec: ReplicaSpec): Promise<ReplicaResult> {
  const { course, policy, whatIf, learners: count, seed } = spec;
  const memory = new LearnerMemory(spec.createModel({ seed, learners: count }));
  const learners = Array.from({ length: count }, (_, i) => ({
    traits: learnerTraits(seed, i),
    days: new SeededRandom(seed, 'days', i),
    answers: new SeededRandom(seed, 'answers', i),
    cards: new Map<number, CardState>(),
    delivered: new Set<number>(),
    cardIds: new Map<number, number>(),
  }));
  const log: LoggedReview[] = [];
  let weights: number[] | undefined;
  const tally = { prompts: 0, reviews: 0, recallAtReview: 0 };
  for (let day = 0; day < spec.days; day++) {
    const date = addDays(spec.startDate, day);
    const startAt = instantAt(date, '09:00', spec.timezone);
    for (const [index, learner] of learners.entries()) {
      const today = attendance(learner.traits, learner.days);
      const input = {
        now: startAt,
        localDate: date,
        zone: spec.timezone,
        deliveryTime: '09:00',
        cohortStartDate: spec.startDate,
        workdays: [1, 2, 3, 4, 5],
        calendar: course.calendar,
        newLessonsPerDay: 1,
        maxReviewsPerDay: spec.cap,
        reminderAfterHours: 4,
        quietHours: { start: '22:00', end: '08:00' },
        curriculum: course.curriculum,
        deliveredLessonIds: learner.delivered,
        cards: [...learner.cards].map(([questionId, card]) => ({ questionId, card })),
        reviewOrder: whatIf.order ?? policy.reviewOrder,
        horizonDays: whatIf.horizonDays ?? DEFAULT_HORIZON_DAYS,
        forecast: forecastFor(weights),
        lessonQuestions: whatIf.lessonQuestions,
      };
      const trueRecall = (questionId: number) =>
        memory.recall(index, course.questions.get(questionId)!.item, startAt.getTime());
      const plan = choosePlan(planDay, input, whatIf, trueRecall);
      if (!plan.isSessionDay) continue;
      const queue = plan.prompts;
      if (queue.length === 0) continue;
      for (const lesson of plan.newLessons) {
        learner.delivered.add(lesson.lessonId);
        for (const id of lesson.questionIds) {
          if (!learner.cards.has(id)) learner.cards.set(id, newCardState(startAt));
        }
      }
      if (!today.answers) {
        tally.prompts += 1;
        continue;
      }
      let at = startAt.getTime() + today.delayMinutes * 60_000;
      if (spec.readsLessons) {
        for (const id of plan.newLessons.flatMap((l) => l.questionIds)) {
          memory.study(index, course.questions.get(id)!.item, at);
        }
      }
      const reviews = new Set(plan.reviews);
      for (const id of queue) {
        const question = course.questions.get(id)!;
        const p = memory.recall(index, question.item, at);
        if (reviews.has(id)) {
          tally.reviews += 1;
          tally.recallAtReview += p;
        }
        const recalled = learner.answers.chance(p);
        const value = replyTo(question, recalled, learner.answers);
        at += SECONDS_PER_ANSWER * 1000;
        const now = new Date(at);
        const graded = gradeAnswer(value, question.answer, question.type);
        const grade = graded === 'wrong' && whatIf.wrongAs ? whatIf.wrongAs : graded;
        const review = policy.review(learner.cards.get(id)!, grade, now, {
          desiredRetention: whatIf.desiredRetention ?? DEFAULT_RETENTION,
          ...(weights ? { parameters: weights } : {}),
          ...(whatIf.gradeGuesses ? { guessRate: guessRate(question) } : {}),
        });
        learner.cards.set(id, review.after);
        const cardId = learner.cardIds.get(id) ?? index * course.questions.size + id;
        learner.cardIds.set(id, cardId);
        log.push({
          cardId,
          rating: ratingNumber(review.rating),
          reviewedAt: now,
          guessRate: guessRate(question),
        });
        tally.prompts += 1;
        memory.attempt(index, question.item, at, recalled);
      }
    }
    if (policy.name === 'fsrs' && whatIf.refit !== false && (day + 1) % 7 === 0) {
      weights = (await refit(log, weights, whatIf.fitGuesses ?? 0)) ?? weights;
    }
  }
  const end = endOfLocalDay(addDays(spec.startDate, spec.days - 1), spec.timezone).getTime();
  const items = [...course.questions.values()].map((q) => q.item);
  return {
    recall: memory.recallOver(count, items, end).all,
    promptsPerLearnerDay: tally.prompts / count / spec.days,
    recallAtReview: tally.reviews === 0 ? 0 : tally.recallAtReview / tally.reviews,
  };
}

/** The service's re-fit: a fitted set replaces the current one only if it predicts better. */
async function refit(
  log: LoggedReview[],
  current: number[] | undefined,
  guessSteps: number,
): Promise<number[] | undefined> {
  let data;
  try {
    data = prepareFit(guessSteps > 0 ? discountGuesses(log, current ?? default_w) : log);
  } catch (error) {
    // Too few reviews yet: the service refuses the fit the same way.
    if (error instanceof DomainError) return undefined;
    throw error;
  }
  let fitted = await fitFsrsParameters(data.training);
  for (let step = 1; step < guessSteps; step++) {
    data = prepareFit(discountGuesses(log, fitted));
    fitted = await fitFsrsParameters(data.training);
  }
  const judged = (w: readonly number[]) => evaluateParameters(data.histories, data.holdOutStart, w);
  const better = fitIsBetter({
    defaults: judged(default_w),
    current: current ? judged(current) : null,
    fitted: judged(fitted),
  });
  return better ? fitted : undefined;
}
