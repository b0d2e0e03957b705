import { Injectable } from '@nestjs/common';
import { CardHistory, DayTally } from '../../../core/progress/daily-series';
import { SeriesRepository } from '../../../modules/progress/series.repository';
import { Database } from '../database';
import { CardEntity, ReviewLogEntity } from '../entities';
import { codecFor } from '../row-codec';

type Raw = Record<string, unknown>;

@Injectable()
export class SqlSeriesRepository extends SeriesRepository {
  constructor(private readonly db: Database) {
    super();
  }

  /** Raw rows of `sql`, in the current unit of work if there is one. */
  private query(sql: string, parameters: unknown[]): Promise<Raw[]> {
    return this.db.withManager((m) => m.query(sql, parameters));
  }

  /** One grouped scan. */
  async tallies(cohortId: number, from: string, to: string): Promise<Map<string, DayTally>> {
    const rows: Raw[] = await this.query(
      `SELECT s.local_date AS day, COUNT(*) AS sessions,
        SUM(CASE WHEN s.answered > 0 THEN 1 ELSE 0 END) AS answering,
        SUM(s.answered) AS answers, SUM(s.correct) AS correct
       FROM daily_sessions s JOIN enrollments e ON e.id = s.enrollment_id
       WHERE e.cohort_id = ? AND s.local_date >= ? AND s.local_date <= ?
       GROUP BY s.local_date`,
      [cohortId, from, to],
    );
    return new Map(
      rows.map((r) => [
        String(r.day),
        {
          sessions: Number(r.sessions),
          sessionsAnswered: Number(r.answering),
          answers: Number(r.answers),
          correct: Number(r.correct),
        },
      ]),
    );
  }

  async enrollmentIds(cohortId: number): Promise<number[]> {
    const rows: Raw[] = await this.query(
      'SELECT id FROM enrollments WHERE cohort_id = ? ORDER BY id',
      [cohortId],
    );
    return rows.map((r) => Number(r.id));
  }

  async cardHistories(enrollmentIds: number[], end: Date): Promise<CardHistory[]> {
    if (enrollmentIds.length === 0) return [];
    const { manager } = this.db.dataSource;
    const cardCodec = codecFor(manager, CardEntity);
    const reviewCodec = codecFor(manager, ReviewLogEntity);
    const ids = enrollmentIds.map(() => '?').join(', ');
    const cards: Raw[] = await this.query(
      `SELECT id, created_at FROM cards WHERE enrollment_id IN (${ids}) AND created_at < ?`,
      [...enrollmentIds, cardCodec.encodeProperty('createdAt', end)],
    );
    // The stability after each answer is all the curve needs; the JSON is read by the engine.
    const reviews: Raw[] = await this.query(
      `SELECT card_id, reviewed_at, JSON_EXTRACT(state_after, '$.stability') AS stability
       FROM review_logs WHERE enrollment_id IN (${ids}) AND reviewed_at < ?
       ORDER BY card_id, reviewed_at, id`,
      [...enrollmentIds, reviewCodec.encodeProperty('reviewedAt', end)],
    );
    const byCard = new Map<
      number,
      { createdAt: Date; reviews: CardHistory['reviews'][number][] }
    >();
    for (const c of cards) {
      byCard.set(Number(c.id), {
        createdAt: cardCodec.decodeProperty('createdAt', c.created_at) as Date,
        reviews: [],
      });
    }
    for (const r of reviews) {
      byCard.get(Number(r.card_id))?.reviews.push({
        at: reviewCodec.decodeProperty('reviewedAt', r.reviewed_at) as Date,
        stability: Number(r.stability),
      });
    }
    return [...byCard.values()];
  }
}
