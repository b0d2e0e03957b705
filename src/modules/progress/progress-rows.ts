import { Injectable } from '@nestjs/common';
import { ratio } from '../../core/progress/recall';
import { SessionMark, streaksOf } from '../../core/progress/streaks';
import { CohortScope } from './cohort-scope';
import { LearnerProgressRow } from './dto/progress.response';
import {
  AnswerTotals,
  CardTotals,
  EnrollmentFacts,
  ProgressRepository,
} from './progress.repository';

/** Enrolments per batch: four queries each, and a few tens of thousands of sessions at most. */
export const PROGRESS_BATCH = 1000;

const NO_ANSWERS: AnswerTotals = { answers: 0, correct: 0 };
const NO_CARDS: CardTotals = { cards: 0, due: 0, mastered: 0, recall: 0 };

/** Turns enrolments into progress rows, a bounded batch at a time. */
@Injectable()
export class ProgressRows {
  constructor(private readonly reader: ProgressRepository) {}

  /** Every live enrolment of the cohort, batch after batch; the next is read when asked for. */
  async *cohortBatches(scope: CohortScope): AsyncGenerator<LearnerProgressRow[]> {
    for (let afterId = 0; ;) {
      const facts = await this.reader.cohortFacts(scope.cohort.id, afterId, PROGRESS_BATCH);
      if (facts.length > 0) yield await this.rows(scope, facts);
      if (facts.length < PROGRESS_BATCH) return;
      afterId = facts[facts.length - 1].enrollmentId;
    }
  }

  async rows(scope: CohortScope, facts: EnrollmentFacts[]): Promise<LearnerProgressRow[]> {
    if (facts.length === 0) return [];
    const ids = facts.map((f) => f.enrollmentId);
    const [lessons, answers, sessions, cards] = await Promise.all([
      this.reader.lessonsDelivered(ids, scope),
      this.reader.answers(ids),
      this.reader.sessions(ids),
      this.reader.cards(ids, scope),
    ]);
    return facts.map((f) =>
      toRow(f, scope, {
        lessons: lessons.get(f.enrollmentId) ?? 0,
        answered: answers.get(f.enrollmentId) ?? NO_ANSWERS,
        sessions: sessions.get(f.enrollmentId) ?? [],
        card: cards.get(f.enrollmentId) ?? NO_CARDS,
      }),
    );
  }
}

interface Metrics {
  lessons: number;
  answered: AnswerTotals;
  sessions: SessionMark[];
  card: CardTotals;
}

function toRow(f: EnrollmentFacts, scope: CohortScope, m: Metrics): LearnerProgressRow {
  const streaks = streaksOf(m.sessions);
  return {
    learnerId: f.learnerId,
    enrollmentId: f.enrollmentId,
    externalId: f.externalId,
    name: f.name,
    status: f.status,
    bound: f.bound,
    lessonsDelivered: m.lessons,
    lessonsTotal: scope.lessonsTotal,
    answers: m.answered.answers,
    correct: m.answered.correct,
    accuracy: ratio(m.answered.correct, m.answered.answers),
    currentStreak: streaks.current,
    longestStreak: streaks.longest,
    lastActiveAt: f.lastAnswerAt,
    cards: m.card.cards,
    cardsDue: m.card.due,
    cardsMastered: m.card.mastered,
    meanRetrievability: ratio(m.card.recall, m.card.cards),
    atRisk: scope.atRisk(f),
  };
}
