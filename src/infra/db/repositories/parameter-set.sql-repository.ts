import { Injectable } from '@nestjs/common';
import type { FsrsParameterSetRecord, ParameterSetStatus } from '../../../core/records';
import {
  NewParameterSet,
  ParameterSetRepository,
} from '../../../modules/memory-model/parameter-set.repository';
import { Database } from '../database';
import { FsrsParameterSetEntity } from '../entities/fsrs-parameter-set.entity';
import { findRow } from '../raw-reads';

@Injectable()
export class SqlParameterSetRepository extends ParameterSetRepository {
  constructor(private readonly db: Database) {
    super();
  }

  current(courseId: string): Promise<FsrsParameterSetRecord | null> {
    return this.db.withManager((m) =>
      findRow(m, FsrsParameterSetEntity, { courseId, status: 'current' }),
    );
  }

  all(courseId: string): Promise<FsrsParameterSetRecord[]> {
    return this.db.withManager((m) =>
      m.find(FsrsParameterSetEntity, { where: { courseId }, order: { version: 'DESC' } }),
    );
  }

  latest(courseId: string): Promise<FsrsParameterSetRecord | null> {
    return this.db.withManager((m) =>
      m.findOne(FsrsParameterSetEntity, { where: { courseId }, order: { version: 'DESC' } }),
    );
  }

  store(set: NewParameterSet, status: ParameterSetStatus): Promise<FsrsParameterSetRecord> {
    return this.db.transaction(() =>
      this.db.withManager(async (m) => {
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
      }),
    );
  }
}
