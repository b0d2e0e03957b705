import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';

/**
 * A first-come, first-served lock whose holder is an async call chain: work started while
 * the chain holds its turn runs inside it, everything else queues behind. So work inside a
 * turn must not await a promise begun outside it that needs the gate (say, a cache load
 * shared with another caller): each would wait for the other.
 */
export class TurnGate {
  private readonly context = new AsyncLocalStorage<symbol>();
  private holder: symbol | null = null;
  private tail: Promise<void> = Promise.resolve();

  /** Runs `work` in a turn of its own, or straight away inside the caller's turn. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.holds()) return work();
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const turn = Symbol('turn');
    this.holder = turn;
    try {
      return await this.context.run(turn, work);
    } finally {
      this.holder = null;
      release();
    }
  }

  /** True while the calling chain's turn is on (a timer it left behind no longer counts). */
  holds(): boolean {
    return this.holder !== null && this.holder === this.context.getStore();
  }
}

const gates = new WeakMap<DataSource, TurnGate>();

/**
 * The gate every unit of work and stand-alone statement on this DataSource takes turns at,
 * or null for MySQL/MariaDB. TypeORM's better-sqlite3 driver has ONE connection, and one
 * connection holds at most one transaction: a second unit opened meanwhile would nest into
 * the first, and a statement issued meanwhile would read its uncommitted rows or commit and
 * roll back with it. The pool of MySQL/MariaDB gives every unit a connection of its own.
 */
export function turnGateOf(dataSource: DataSource): TurnGate | null {
  if (dataSource.options.type !== 'better-sqlite3') return null;
  let gate = gates.get(dataSource);
  if (!gate) gates.set(dataSource, (gate = new TurnGate()));
  return gate;
}
