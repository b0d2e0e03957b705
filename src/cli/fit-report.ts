import { HOLD_OUT_SHARE } from '../core/memory-model/hold-out';
import type { FitReport } from '../modules/memory-model/memory-model.service';

const figures = (name: string, f: { logLoss: number; rmse: number }) =>
  `  ${name.padEnd(14)} ${f.logLoss.toFixed(4).padStart(8)} ${f.rmse.toFixed(4).padStart(8)}`;

/** The figures of one fit and what became of it, as `fsrs:fit` prints them. */
export function fitReportText(report: FitReport, dryRun: boolean): string {
  const baseline = report.current ? `current set v${report.current.version}` : 'the defaults';
  const verdict = report.better
    ? `better than ${baseline} on the hold-out log loss`
    : `not better than ${baseline} on the hold-out log loss`;
  const outcome = dryRun
    ? `Dry run: nothing stored (it would be stored as ${report.better ? 'current' : 'rejected'}).`
    : `Stored as version ${report.stored?.version} (${report.stored?.status}).`;
  return [
    `Course ${report.courseId}: ${report.reviewsRead} reviews; trained on ${report.trainingReviews}, ` +
      `judged on ${report.holdOutReviews} from ${report.holdOutStart.toISOString().slice(0, 10)} ` +
      `(the last ${100 * HOLD_OUT_SHARE}% of review days).`,
    '  parameters     log loss     RMSE',
    figures('default', report.defaults),
    ...(report.current
      ? [figures(`current (v${report.current.version})`, report.current.evaluation)]
      : []),
    figures('fitted', report.fitted),
    `The fitted set is ${verdict}.`,
    outcome,
    `Fitted weights: ${report.parameters.map((w) => Number(w.toFixed(4))).join(', ')}`,
  ].join('\n');
}
