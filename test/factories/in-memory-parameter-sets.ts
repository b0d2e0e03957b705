import type { FsrsParameterSetRecord, ParameterSetStatus } from '../../src/core/records';
import {
  NewParameterSet,
  ParameterSetRepository,
} from '../../src/modules/memory-model/parameter-set.repository';

/** The parameter-set table in memory, for service tests; `reads` counts current() calls. */
export class InMemoryParameterSets extends ParameterSetRepository {
  readonly sets: FsrsParameterSetRecord[] = [];
  reads = 0;

  async current(courseId: string): Promise<FsrsParameterSetRecord | null> {
    this.reads += 1;
    return this.sets.find((s) => s.courseId === courseId && s.status === 'current') ?? null;
  }

  async all(courseId: string): Promise<FsrsParameterSetRecord[]> {
    return this.sets.filter((s) => s.courseId === courseId).sort((a, b) => b.version - a.version);
  }

  async latest(courseId: string): Promise<FsrsParameterSetRecord | null> {
    return (await this.all(courseId))[0] ?? null;
  }

  async store(set: NewParameterSet, status: ParameterSetStatus): Promise<FsrsParameterSetRecord> {
    const version = ((await this.latest(set.courseId))?.version ?? 0) + 1;
    if (status === 'current') {
      for (const s of this.sets) {
        if (s.courseId === set.courseId && s.status === 'current') s.status = 'superseded';
      }
    }
    const stored = { ...set, id: this.sets.length + 1, version, status };
    this.sets.push(stored);
    return stored;
  }
}

/** A fit with plausible figures; `parameters` is what a test tells sets apart by. */
export function aFit(courseId: string, parameters: number[], fittedAt: Date): NewParameterSet {
  return {
    courseId,
    parameters,
    fittedAt,
    reviewsRead: 5000,
    trainingReviews: 3000,
    holdOutReviews: 800,
    holdOutStart: fittedAt,
    defaultLogLoss: 0.5,
    defaultRmse: 0.4,
    baselineVersion: null,
    baselineLogLoss: 0.5,
    fittedLogLoss: 0.4,
    fittedRmse: 0.35,
  };
}
