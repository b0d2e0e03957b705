import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactor } from '../../core/transactor';
import { runTransaction } from './transactions';

/**
 * The one way repositories reach the database: `withManager` hands them the manager of the
 * unit of work they run in (see Transactor), or the shared one outside any.
 */
@Injectable()
export class Database {
  private readonly unit = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get engine(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  withManager<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(this.unit.getStore() ?? this.dataSource.manager);
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
