import type { FsrsParameterSetRecord, ParameterSetStatus } from '../../core/records';

/** A fit to store: the repository numbers it and gives it its status. */
export type NewParameterSet = Omit<FsrsParameterSetRecord, 'id' | 'version' | 'status'>;

/** Port: the versioned FSRS parameter sets of each course. Also the Nest injection token. */
export abstract class ParameterSetRepository {
  /** The set that schedules the course, if it has one. */
  abstract current(courseId: string): Promise<FsrsParameterSetRecord | null>;

  /** Every set of the course, newest first. */
  abstract all(courseId: string): Promise<FsrsParameterSetRecord[]>;

  /** The newest fit, whatever became of it. */
  abstract latest(courseId: string): Promise<FsrsParameterSetRecord | null>;

  /**
   * Stores a fit as the next version, in one unit; `current` supersedes the previous current
   * set. Two fits racing for one version collide on the unique (course, version) index, and
   * the later one fails whole.
   */
  abstract store(set: NewParameterSet, status: ParameterSetStatus): Promise<FsrsParameterSetRecord>;
}
