import { Injectable } from '@nestjs/common';
import type { QuestionCard } from '../../../core/planning/plan-day';
import type { CardRecord, ReviewLogRecord } from '../../../core/records';
import type { CardState, CardStateName } from '../../../core/srs/card-state';
import { CardRepository, NewCard } from '../../../modules/engine/card.repository';
import { Database } from '../database';
import { CardEntity, LessonEntity, QuestionEntity, ReviewLogEntity } from '../entities';
import { findRows } from '../raw-reads';
import { insertRows, insertStatements, updateStatement } from '../raw-writes';
import { codecFor } from '../row-codec';

const RAW_CARD_COLUMNS =
  'enrollment_id, question_id, due, stability, difficulty, state, last_review';

type RawCard = Record<'enrollment_id' | 'question_id' | 'stability' | 'difficulty', number> & {
  due: unknown;
  last_review: unknown;
  state: CardStateName;
};

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

@Injectable()
export class SqlCardRepository extends CardRepository {
  constructor(private readonly db: Database) {
    super();
  }

  gradedMessage(inboundMessageId: string): Promise<boolean> {
    return this.db.withManager(async (m) => {
      const rows: unknown[] = await m.query(
        'SELECT 1 AS graded FROM review_logs WHERE inbound_message_id = ? LIMIT 1',
        [inboundMessageId],
      );
      return rows.length > 0;
    });
  }

  logReview(review: Omit<ReviewLogRecord, 'id'>): Promise<void> {
    return this.db.write((m) => insertStatements(m, ReviewLogEntity, [review]));
  }

  setState(cardId: number, state: CardState): Promise<void> {
    return this.db.write((m) => [updateStatement(m, CardEntity, cardId, { ...state })]);
  }

  addNew(cards: NewCard[]): Promise<void> {
    return this.db.withManager(async (m) => {
      await insertRows(m, CardEntity, cards, { orIgnore: true });
    });
  }

  ofEnrollment(enrollmentId: number): Promise<CardRecord[]> {
    return this.db.withManager((m) => findRows(m, CardEntity, { enrollmentId }));
  }

  /**
   * Only the columns choosing reviews reads, without entities: hydrating whole cards of a
   * batch cost more than planning it.
   */
  dueBefore(enrollmentIds: number[], horizon: Date): Promise<Map<number, QuestionCard[]>> {
    return this.db.withManager(async (m) => {
      const codec = codecFor(m, CardEntity);
      const time = (raw: unknown): Date => codec.decodeProperty('due', raw) as Date;
      const rows: RawCard[] = await m.query(
        `SELECT ${RAW_CARD_COLUMNS} FROM cards WHERE enrollment_id IN (${placeholders(enrollmentIds)}) AND due < ?`,
        [...enrollmentIds, codec.encodeProperty('due', horizon)],
      );
      const byEnrollment = new Map<number, QuestionCard[]>();
      for (const r of rows) {
        const entry: QuestionCard = {
          questionId: Number(r.question_id),
          card: {
            due: time(r.due),
            stability: Number(r.stability),
            difficulty: Number(r.difficulty),
            state: r.state,
            lastReview: r.last_review === null ? null : time(r.last_review),
          },
        };
        const cards = byEnrollment.get(Number(r.enrollment_id));
        if (cards) cards.push(entry);
        else byEnrollment.set(Number(r.enrollment_id), [entry]);
      }
      return byEnrollment;
    });
  }

  soonestLive(enrollmentId: number, soon: Date, reviewedBefore: Date): Promise<CardRecord | null> {
    return this.db.withManager((m) =>
      m
        .createQueryBuilder(CardEntity, 'c')
        .innerJoin(QuestionEntity, 'q', 'q.id = c.question_id AND q.retired_at IS NULL')
        .innerJoin(LessonEntity, 'l', 'l.id = q.lesson_id AND l.retired_at IS NULL')
        .where('c.enrollment_id = :id AND c.due <= :soon', { id: enrollmentId, soon })
        .andWhere('(c.last_review IS NULL OR c.last_review < :todayStart)', {
          todayStart: reviewedBefore,
        })
        .orderBy('c.due', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getOne(),
    );
  }
}
