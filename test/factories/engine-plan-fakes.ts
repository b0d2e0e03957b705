import type { QuestionCard } from '../../src/core/planning/plan-day';
import type {
  CardRecord,
  CohortRecord,
  EnrollmentLessonRecord,
  LearnerRecord,
  ReviewLogRecord,
} from '../../src/core/records';
import type { CardState } from '../../src/core/srs/card-state';
import { CardRepository, NewCard } from '../../src/modules/engine/card.repository';
import {
  DeliveryTarget,
  EnrollmentPlanRepository,
  PlannedEnrollment,
} from '../../src/modules/engine/enrollment-plan.repository';
import { byId, EngineRows } from './engine-fakes';

export class FakeCardRepository extends CardRepository {
  constructor(private readonly rows: EngineRows) {
    super();
  }

  async gradedMessage(inboundMessageId: string): Promise<boolean> {
    return this.rows.reviews.some((r) => r.inboundMessageId === inboundMessageId);
  }

  async logReview(review: Omit<ReviewLogRecord, 'id'>): Promise<void> {
    this.rows.reviews.push(review);
  }

  async setState(cardId: number, state: CardState): Promise<void> {
    Object.assign(byId(this.rows.cards, cardId)!, state);
  }

  async addNew(cards: NewCard[]): Promise<void> {
    for (const card of cards) {
      const held = this.rows.cards.some(
        (c) => c.enrollmentId === card.enrollmentId && c.questionId === card.questionId,
      );
      if (!held) this.rows.cards.push({ ...card, id: this.rows.nextId() });
    }
  }

  async ofEnrollment(enrollmentId: number): Promise<CardRecord[]> {
    return this.rows.cards.filter((c) => c.enrollmentId === enrollmentId);
  }

  async dueBefore(enrollmentIds: number[], horizon: Date): Promise<Map<number, QuestionCard[]>> {
    const due = new Map<number, QuestionCard[]>();
    for (const c of this.rows.cards) {
      if (!enrollmentIds.includes(c.enrollmentId) || c.due >= horizon) continue;
      const cards = due.get(c.enrollmentId) ?? [];
      cards.push({ questionId: c.questionId, card: c });
      due.set(c.enrollmentId, cards);
    }
    return due;
  }

  async soonestLive(enrollmentId: number, soon: Date, reviewedBefore: Date) {
    const live = (c: CardRecord) => byId(this.rows.questions, c.questionId)?.retiredAt === null;
    return (
      this.rows.cards
        .filter((c) => c.enrollmentId === enrollmentId && c.due <= soon && live(c))
        .filter((c) => c.lastReview === null || c.lastReview < reviewedBefore)
        .sort((a, b) => a.due.getTime() - b.due.getTime() || a.id - b.id)[0] ?? null
    );
  }
}

export class FakeEnrollmentPlanRepository extends EnrollmentPlanRepository {
  constructor(private readonly rows: EngineRows) {
    super();
  }

  async claimDue(now: Date, limit: number): Promise<number[]> {
    return this.rows.enrollments
      .filter((e) => e.status === 'active' && e.nextSessionAt && e.nextSessionAt <= now)
      .slice(0, limit)
      .map((e) => e.id);
  }

  async activeIds(target: DeliveryTarget): Promise<number[]> {
    return this.rows.enrollments
      .filter((e) => e.status === 'active')
      .filter((e) =>
        'cohortId' in target ? e.cohortId === target.cohortId : e.learnerId === target.learnerId,
      )
      .map((e) => e.id);
  }

  async withLearnersAndCohorts(ids: number[]): Promise<PlannedEnrollment[]> {
    return this.rows.enrollments
      .filter((e) => ids.includes(e.id))
      .map((e) => ({
        ...e,
        learner: byId(this.rows.learners, e.learnerId)!,
        cohort: byId(this.rows.cohorts, e.cohortId)!,
      }));
  }

  async moveNextSessions(byStart: Map<number | null, number[]>): Promise<void> {
    for (const [start, ids] of byStart) {
      for (const id of ids) {
        byId(this.rows.enrollments, id)!.nextSessionAt = start === null ? null : new Date(start);
      }
    }
  }

  async deliveredLessons(enrollmentIds: number[]): Promise<Map<number, Set<number>>> {
    const delivered = new Map<number, Set<number>>();
    for (const l of this.rows.lessons) {
      if (!enrollmentIds.includes(l.enrollmentId)) continue;
      delivered.set(l.enrollmentId, (delivered.get(l.enrollmentId) ?? new Set()).add(l.lessonId));
    }
    return delivered;
  }

  async recordLessons(lessons: Array<Omit<EnrollmentLessonRecord, 'id'>>): Promise<void> {
    this.rows.lessons.push(...lessons);
  }

  async complete(enrollmentId: number, now: Date): Promise<void> {
    Object.assign(byId(this.rows.enrollments, enrollmentId)!, {
      status: 'completed',
      completedAt: now,
      nextSessionAt: null,
    });
  }

  async learner(id: number): Promise<LearnerRecord> {
    return byId(this.rows.learners, id)!;
  }

  async cohort(id: number): Promise<CohortRecord | null> {
    return byId(this.rows.cohorts, id);
  }
}
