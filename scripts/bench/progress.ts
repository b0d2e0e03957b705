import { INestApplicationContext } from '@nestjs/common';
import { PageQuery } from '../../src/modules/admin/common/page.dto';
import { CohortProgressService } from '../../src/modules/progress/cohort-progress.service';
import { CohortSeriesService } from '../../src/modules/progress/cohort-series.service';
import { KnowledgeMapService } from '../../src/modules/progress/knowledge-map.service';
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
  /** GET /cohorts/:id/series, the last 30 days (the dashboard's chart), first call. */
  seriesMs: number;
  /** GET /cohorts/:id/knowledge-map, every answer by module and week, first call. */
  knowledgeMapMs: number;
  /** How many answers it mapped: the work it had. */
  knowledgeMapAnswers: number;
}

/**
 * GET /cohorts/:id/progress, progress.csv, series and knowledge-map, through the services the
 * controllers call.
 */
export async function benchProgress(
  app: INestApplicationContext,
  cohortId: number,
  learners: number,
): Promise<ProgressFigures> {
  const service = app.get(CohortProgressService);
  const page = Object.assign(new PageQuery(), { page: 1, pageSize: 50 });
  const timed = () =>
    elapsedMs(async () => {
      const report = await service.report(cohortId, page);
      if (report.learners.total !== learners) {
        throw new Error(
          `The progress report counted ${report.learners.total} learners, not ${learners}`,
        );
      }
    });
  const firstMs = await timed();
  const warm = [await timed(), await timed(), await timed()].sort((a, b) => a - b);
  const csv = await streamCsv(service, cohortId);
  const seriesMs = await elapsedMs(() => app.get(CohortSeriesService).series(cohortId, {}));
  let knowledgeMapAnswers = 0;
  const knowledgeMapMs = await elapsedMs(async () => {
    const map = await app.get(KnowledgeMapService).report(cohortId);
    for (const m of map.modules) for (const n of m.answers) knowledgeMapAnswers += n;
  });
  return {
    learners,
    firstMs,
    warmMs: warm[1],
    ...csv,
    seriesMs,
    knowledgeMapMs,
    knowledgeMapAnswers,
  };
}

async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
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
