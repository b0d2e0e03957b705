import { INestApplicationContext } from '@nestjs/common';
import { PageQuery } from '../../src/modules/admin/common/page.dto';
import { CohortProgressService } from '../../src/modules/progress/cohort-progress.service';
import { collectGarbage } from '../simulate/engine-context';

export interface ProgressFigures {
  learners: number;
  firstMs: number;
  /** The median of three more reports, once the database's caches are warm. */
  warmMs: number;
  csvBytes: number;
  csvMs: number;
  /** Most the live heap grew, above where it started, while the CSV streamed. */
  csvPeakHeapMb: number;
}

/** GET /cohorts/:id/progress and progress.csv, through the service the controller calls. */
export async function benchProgress(
  app: INestApplicationContext,
  cohortId: number,
  learners: number,
): Promise<ProgressFigures> {
  const service = app.get(CohortProgressService);
  const page = Object.assign(new PageQuery(), { page: 1, pageSize: 50 });
  const timed = async () => {
    const started = process.hrtime.bigint();
    const report = await service.report(cohortId, page);
    if (report.learners.total !== learners) {
      throw new Error(
        `The progress report counted ${report.learners.total} learners, not ${learners}`,
      );
    }
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const firstMs = await timed();
  const warm = [await timed(), await timed(), await timed()].sort((a, b) => a - b);
  return { learners, firstMs, warmMs: warm[1], ...(await streamCsv(service, cohortId)) };
}

async function streamCsv(service: CohortProgressService, cohortId: number) {
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let csvBytes = 0;
  const started = process.hrtime.bigint();
  const { stream } = await service.csv(cohortId, true);
  for await (const chunk of stream as AsyncIterable<string | Buffer>) {
    csvBytes += Buffer.byteLength(chunk);
    // Live memory, not garbage: what streaming holds on to while the client reads.
    collectGarbage();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }
  return {
    csvBytes,
    csvMs: Number(process.hrtime.bigint() - started) / 1e6,
    csvPeakHeapMb: peak / 2 ** 20,
  };
}
