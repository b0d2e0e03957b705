/**
 * Runs a unit of work: every repository call made inside `work` commits together or not at
 * all. The database may pick the unit as a deadlock victim and run `work` again from the
 * start, so `work` touches nothing outside the database before it returns. A `run` inside
 * a `run` joins the outer unit.
 *
 * `isolation: 'read-committed'` asks MySQL/MariaDB for READ COMMITTED, for units that move
 * many rows of an index other units also claim from; SQLite has one writer and ignores it.
 */
export abstract class Transactor {
  abstract run<T>(work: () => Promise<T>, options?: { isolation?: 'read-committed' }): Promise<T>;
}
