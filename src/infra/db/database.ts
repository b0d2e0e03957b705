import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactor } from '../../core/transactor';
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
 */
@Injectable()
export class Database {
  private readonly unit = new AsyncLocalStorage<EntityManager>();
  private readonly gate: TurnGate | null;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.gate = turnGateOf(dataSource);
  }

  get engine(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  withManager<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const inUnit = this.unit.getStore();
    if (inUnit) return work(inUnit);
    const shared = () => work(this.dataSource.manager);
    return this.gate ? this.gate.run(shared) : shared();
  }

  inUnit(): boolean {
    return this.unit.getStore() !== undefined;
  }

  transaction<T>(work: () => Promise<T>, readCommitted = false): Promise<T> {
    if (this.inUnit()) return work();
    const unit = (manager: EntityManager) => this.unit.run(manager, work);
    return readCommitted && this.engine === 'mysql'
      ? runTransaction(this.dataSource, unit, 'READ COMMITTED')
      : runTransaction(this.dataSource, unit);
  }
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
