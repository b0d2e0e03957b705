import { ApiProperty } from '@nestjs/swagger';

export class FiguresResponse {
  @ApiProperty({ example: 0.412, description: 'Mean log loss on the hold-out; lower is better' })
  logLoss: number;
  @ApiProperty({ example: 0.37, description: 'RMSE of predicted recall against the 0/1 outcome' })
  rmse: number;
}

export class ParameterSetResponse {
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ enum: ['current', 'superseded', 'rejected'] }) status: string;
  @ApiProperty({ type: [Number], description: 'The 21 FSRS-6 weights' }) parameters: number[];
  @ApiProperty() fittedAt: Date;
  @ApiProperty({ description: 'Reviews of the course read for this fit' }) reviewsRead: number;
  @ApiProperty({ description: 'Reviews the fit learnt from (before the hold-out)' })
  trainingReviews: number;
  @ApiProperty({ description: 'Reviews it was judged on' }) holdOutReviews: number;
  @ApiProperty({ description: 'The hold-out: every review from this instant on' })
  holdOutStart: Date;
  @ApiProperty({ type: FiguresResponse, description: 'The default parameters on the hold-out' })
  defaults: FiguresResponse;
  @ApiProperty({ type: FiguresResponse, description: 'This set on the hold-out' })
  fitted: FiguresResponse;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The version it had to beat; null for the defaults',
  })
  baselineVersion: number | null;
  @ApiProperty({ description: 'Log loss of that baseline on the same hold-out' })
  baselineLogLoss: number;
}

export class MemoryModelResponse {
  @ApiProperty({ example: 'internal-negotiation' }) courseId: string;
  @ApiProperty({
    type: ParameterSetResponse,
    nullable: true,
    description: 'The set the course is scheduled with; null while the defaults apply',
  })
  current: ParameterSetResponse | null;
  @ApiProperty({ type: [ParameterSetResponse], description: 'Every other fit, newest first' })
  earlier: ParameterSetResponse[];
  @ApiProperty({ type: [Number], description: "ts-fsrs's default weights" })
  defaultParameters: number[];
}
