import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, QueryRunner } from 'typeorm';

type Holder = symbol | 'anonymous';

/** A FIFO lock with a known holder. */
class Gate {
  holder: Holder | null = null;
  private tail: Promise<void> = Promise.resolve();

  async acquire(holder: Holder): Promise<() => void> {
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.holder = holder;
    return () => {
      this.holder = null;
      release();
    };
  }

  async idle(): Promise<void> {
    while (this.holder !== null) await this.tail;
  }
}

/**
 * TypeORM runs every better-sqlite3 statement through ONE shared connection and query
 * runner, so two transactions open at once in one process collide ("cannot start a
 * transaction within a transaction"), and a statement issued meanwhile joins whichever
 * transaction is open. This gate makes transactions take turns and lets outside statements
 * wait for the open one to finish. MySQL/MariaDB use a pool and need none of it.
 */
export function gateSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const gate = new Gate();
  const context = new AsyncLocalStorage<symbol>();
  const runner: QueryRunner = dataSource.driver.createQueryRunner('master');
  const mine = () => gate.holder !== null && gate.holder === context.getStore();

  const transaction = dataSource.manager.transaction.bind(dataSource.manager);
  dataSource.manager.transaction = (async (...args: unknown[]) => {
    if (mine()) return (transaction as (...a: unknown[]) => Promise<unknown>)(...args);
    const token = Symbol('transaction');
    const release = await gate.acquire(token);
    try {
      return await context.run(token, () =>
        (transaction as (...a: unknown[]) => Promise<unknown>)(...args),
      );
    } finally {
      release();
    }
  }) as typeof dataSource.manager.transaction;

  // Repository.save() opens its own transaction straight on the runner, outside the manager.
  let releaseAnonymous: (() => void) | null = null;
  const start = runner.startTransaction.bind(runner);
  runner.startTransaction = async (isolation) => {
    if (!mine()) releaseAnonymous = await gate.acquire('anonymous');
    return start(isolation);
  };
  for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = runner[end].bind(runner);
    runner[end] = async () => {
      try {
        await original();
      } finally {
        if (!runner.isTransactionActive && releaseAnonymous) {
          const release = releaseAnonymous;
          releaseAnonymous = null;
          release();
        }
      }
    };
  }

  const query = runner.query.bind(runner) as (...a: unknown[]) => Promise<unknown>;
  runner.query = (async (...args: unknown[]) => {
    if (gate.holder !== null && gate.holder !== 'anonymous' && !mine()) await gate.idle();
    return query(...args);
  }) as typeof runner.query;
}
