import type { FsrsParameterSetRecord } from '../../core/records';
import { ParameterSetResponse } from './dto/memory-model.response';

export function parameterSetView(set: FsrsParameterSetRecord): ParameterSetResponse {
  return {
    version: set.version,
    status: set.status,
    parameters: set.parameters,
    fittedAt: set.fittedAt,
    reviewsRead: set.reviewsRead,
    trainingReviews: set.trainingReviews,
    holdOutReviews: set.holdOutReviews,
    holdOutStart: set.holdOutStart,
    defaults: { logLoss: set.defaultLogLoss, rmse: set.defaultRmse },
    fitted: { logLoss: set.fittedLogLoss, rmse: set.fittedRmse },
    baselineVersion: set.baselineVersion,
    baselineLogLoss: set.baselineLogLoss,
  };
}
