import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  FsrsParameterSetEntity,
  ParameterSetStatus,
} from '../../infra/db/entities/fsrs-parameter-set.entity';
import { findRow } from '../../infra/db/raw-reads';
import { runTransaction } from '../../infra/db/transactions';

export type NewParameterSet = Omit<FsrsParameterSetEntity, 'id' | 'version' | 'status' | 'course'>;

/** The versioned FSRS parameter sets of each course. */
@Injectable()
export class ParameterSets {
  constructor(private readonly dataSource: DataSource) {}

  current(m: EntityManager, courseId: string): Promise<FsrsParameterSetEntity | null> {
    return findRow(m, FsrsParameterSetEntity, { courseId, status: 'current' });
  }

  /** Every set of the course, newest first. */
  all(courseId: string): Promise<FsrsParameterSetEntity[]> {
    return this.dataSource
      .getRepository(FsrsParameterSetEntity)
      .find({ where: { courseId }, order: { version: 'DESC' } });
  }

  /** The newest fit, whatever became of it. */
  latest(courseId: string): Promise<FsrsParameterSetEntity | null> {
    return this.dataSource
      .getRepository(FsrsParameterSetEntity)
      .findOne({ where: { courseId }, order: { version: 'DESC' } });
  }

  /**
   * Stores a fit as the next version; `current` retires the previous current set in the same
   * transaction. Two fits racing for one version collide on the unique (course, version)
   * index, and the later one fails whole.
   */
  async store(set: NewParameterSet, status: ParameterSetStatus): Promise<FsrsParameterSetEntity> {
    return runTransaction(this.dataSource, async (m) => {
      const [row]: Array<{ v: unknown }> = await m.query(
        'SELECT MAX(version) AS v FROM fsrs_parameter_sets WHERE course_id = ?',
        [set.courseId],
      );
      const version = Number(row?.v ?? 0) + 1;
      if (status === 'current') {
        await m.update(
          FsrsParameterSetEntity,
          { courseId: set.courseId, status: 'current' },
          { status: 'superseded' },
        );
      }
      return m.save(m.create(FsrsParameterSetEntity, { ...set, version, status }));
    });
  }
}
