import { FsrsParameterSetEntity } from '../../infra/db/entities/fsrs-parameter-set.entity';
import { ParameterSetResponse } from './dto/memory-model.response';

export function parameterSetView(set: FsrsParameterSetEntity): ParameterSetResponse {
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
