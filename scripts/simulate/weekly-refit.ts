import { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '../../src/core/errors';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { MemoryModelService } from '../../src/modules/memory-model/memory-model.service';

/**
 * The `fsrs` policy's weekly re-fit: what the service's scheduled job does (fit, judge on the
 * hold-out, store if better), on the simulated cohort's own review log. Returns one line of
 * figures, or why no fit was made.
 */
export async function refitWeekly(
  app: INestApplicationContext,
  cohortId: number,
  now: Date,
): Promise<string> {
  const { courseId } = await app.get(CohortService).get(cohortId);
  const started = performance.now();
  try {
    const r = await app.get(MemoryModelService).refit(courseId, { now });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const current = r.current
      ? `  current v${r.current.version} ${r.current.evaluation.logLoss.toFixed(4)}`
      : '';
    return (
      `fsrs fit ${now.toISOString().slice(0, 10)}: ${r.trainingReviews} training / ` +
      `${r.holdOutReviews} hold-out reviews; log loss default ${r.defaults.logLoss.toFixed(4)}` +
      `${current}  fitted ${r.fitted.logLoss.toFixed(4)}; RMSE default ` +
      `${r.defaults.rmse.toFixed(4)} fitted ${r.fitted.rmse.toFixed(4)}; ` +
      `stored v${r.stored?.version} as ${r.stored?.status} (${seconds} s)`
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `fsrs fit ${now.toISOString().slice(0, 10)}: none (${error.message})`;
  }
}
