import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryResult } from 'typeorm';
import { Transactor } from '../../core/transactor';
import type { BoundStatement } from './raw-writes';
import { runTransaction } from './transactions';
import { TurnGate, turnGateOf } from './turn-gate';

/**
 * The one way repositories reach the database: `withManager` hands them the manager of the
 * unit of work they run in (see Transactor), or the shared one outside any.
 *
 * On SQLite every unit of work, and every call made outside one, waits for its turn at the
 * connection's gate, first come first served: the one connection then never holds two
 * units at once, nor runs a stray statement inside someone else's unit. MySQL/MariaDB run
 * units side by side, each on a pooled connection.
 *
 * `write` lets a MySQL/MariaDB unit hold back writes whose outcome nobody reads and send them
 * in one round trip (a multi-statement query, every value bound) before the unit's next
 * statement or its commit: an answer's round trips, not the database, set its pace there.
 */
@Injectable()
export class Database {
  private readonly unit = new AsyncLocalStorage<Unit>();
  private readonly gate: TurnGate | null;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.gate = turnGateOf(dataSource);
  }

  get engine(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  withManager<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const inUnit = this.unit.getStore();
    if (inUnit) {
      // Whatever this call reads or writes comes after the writes held back before it.
      return inUnit.held.length > 0
        ? this.sendHeld(inUnit).then(() => work(inUnit.manager))
        : work(inUnit.manager);
    }
    const shared = () => work(this.dataSource.manager);
    return this.gate ? this.gate.run(shared) : shared();
  }

  /**
   * Writes whose outcome the caller does not need, inside a unit of work: sent at once on
   * SQLite (in process, nothing to save), held back on MySQL/MariaDB until the unit's next
   * statement or its commit. A failed write fails the unit all the same.
   */
  async write(statements: (manager: EntityManager) => BoundStatement[]): Promise<void> {
    const inUnit = this.unit.getStore();
    if (inUnit && this.engine === 'mysql') {
      inUnit.held.push(...statements(inUnit.manager));
      return;
    }
    await this.withManager(async (m) => {
      for (const s of statements(m)) await m.query(s.sql, s.parameters);
    });
  }

  /**
   * Statements sent now inside a unit of work, each one's rows (a read) or changed-row count
   * (a write): in one round trip on MySQL/MariaDB, behind any writes held back before them;
   * one after another on SQLite.
   */
  async batch(statements: (manager: EntityManager) => BoundStatement[]): Promise<BatchResult[]> {
    const inUnit = this.unit.getStore();
    const runner = inUnit?.manager.queryRunner;
    if (!inUnit || !runner) throw new Error('A batch of statements runs inside a unit of work');
    const query = (sql: string, parameters: unknown[]): Promise<QueryResult> =>
      runner.query(sql, parameters, true);
    if (this.engine === 'sqlite') {
      const results: BatchResult[] = [];
      for (const s of statements(inUnit.manager))
        results.push(resultOf(await query(s.sql, s.parameters)));
      return results;
    }
    const held = inUnit.held.splice(0);
    const sent = [...held, ...statements(inUnit.manager)];
    // One statement alone comes back as its own result, not as a list of one.
    if (sent.length === 1) return [resultOf(await query(sent[0].sql, sent[0].parameters))];
    const { raw } = await query(
      sent.map((s) => s.sql).join('; '),
      sent.flatMap((s) => s.parameters),
    );
    return (raw as unknown[])
      .slice(held.length)
      .map((r) => resultOf({ raw: r, records: Array.isArray(r) ? r : [] }));
  }

  inUnit(): boolean {
    return this.unit.getStore() !== undefined;
  }

  transaction<T>(work: () => Promise<T>, readCommitted = false): Promise<T> {
    if (this.inUnit()) return work();
    const unit = (manager: EntityManager) => {
      const state: Unit = { manager, held: [] };
      return this.unit.run(state, async () => {
        const result = await work();
        if (state.held.length > 0) await this.sendHeld(state);
        return result;
      });
    };
    return readCommitted && this.engine === 'mysql'
      ? runTransaction(this.dataSource, unit, 'READ COMMITTED')
      : runTransaction(this.dataSource, unit);
  }

  /** The held writes in one round trip (the pool allows several statements per query). */
  private async sendHeld(unit: Unit): Promise<void> {
    const held = unit.held.splice(0);
    await unit.manager.query(
      held.map((s) => s.sql).join('; '),
      held.flatMap((s) => s.parameters),
    );
  }
}

/** What one statement of a batch gave: its rows if it reads, else how many rows it changed. */
export interface BatchResult {
  rows: Array<Record<string, unknown>>;
  affected: number;
}

/** TypeORM's structured result of either driver, or one statement's part of a multi-statement. */
function resultOf(result: Pick<QueryResult, 'raw' | 'records' | 'affected'>): BatchResult {
  if (Array.isArray(result.raw)) {
    return { rows: result.records as BatchResult['rows'], affected: 0 };
  }
  const header = result.raw as { affectedRows?: number } | undefined;
  return { rows: [], affected: result.affected ?? header?.affectedRows ?? 0 };
}

interface Unit {
  manager: EntityManager;
  /** Writes not sent yet, in order (MySQL/MariaDB only). */
  held: BoundStatement[];
}

@Injectable()
export class DatabaseTransactor extends Transactor {
  constructor(private readonly db: Database) {
    super();
  }

  run<T>(work: () => Promise<T>, options: { isolation?: 'read-committed' } = {}): Promise<T> {
    return this.db.transaction(work, options.isolation === 'read-committed');
  }
}
