/** Port: whether the database answers at all, for the health check. */
export abstract class DatabaseProbe {
  /** Resolves once the database has answered a trivial query; rejects with why not. */
  abstract ping(): Promise<void>;
}
