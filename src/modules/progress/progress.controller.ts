import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/api-key.service';
import { Caller } from '../auth/caller.decorator';
import { Reaches } from '../auth/cohort-reach.decorator';
import { reachableEnrollments } from '../auth/reachable';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { PageQuery } from '../admin/common/page.dto';
import { CohortProgressService } from './cohort-progress.service';
import { CohortProgressResponse, LearnerProgressResponse } from './dto/progress.response';
import { LearnerProgressService } from './learner-progress.service';
import { cohortProgressFor, learnerProgressFor, seesNames } from './without-names';

@ApiTags('progress')
@Roles('hr', 'trainer')
@Controller()
export class ProgressController {
  constructor(
    private readonly cohorts: CohortProgressService,
    private readonly learners: LearnerProgressService,
  ) {}

  @Get('cohorts/:id/progress')
  @Reaches('cohort')
  @ApiOperation({ summary: "A cohort's progress: totals, at-risk learners, a page of learners" })
  @ApiOkResponse({
    type: CohortProgressResponse,
    description:
      'Totals and the at-risk list cover the whole cohort; learner rows come a page at a time. Trainer keys get no names or external ids.',
  })
  @ApiErrors({ badRequest: 'Not an id, or a bad page', notFound: 'No such cohort' })
  async cohort(
    @IdParam() id: number,
    @Query() page: PageQuery,
    @Caller() caller: Principal,
  ): Promise<CohortProgressResponse> {
    return cohortProgressFor(caller, await this.cohorts.report(id, page));
  }

  @Get('cohorts/:id/progress.csv')
  @Reaches('cohort')
  @ApiOperation({ summary: "A cohort's progress as CSV, one row per learner" })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: { type: 'string' },
    description:
      'Every learner’s row, streamed; UTF-8 with a byte-order mark, so Excel shows Chinese names. Without the externalId and name columns for trainer keys.',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  async cohortCsv(@IdParam() id: number, @Caller() caller: Principal): Promise<StreamableFile> {
    const { filename, stream } = await this.cohorts.csv(id, seesNames(caller));
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Get('learners/:id/progress')
  @Reaches('learner')
  @ApiOperation({ summary: "One learner's progress with recent reviews" })
  @ApiOkResponse({
    type: LearnerProgressResponse,
    description:
      'Trainer keys get no names or external ids; a key limited to cohorts sees only those enrolments',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such learner, or erased' })
  async learner(
    @IdParam() id: number,
    @Caller() caller: Principal,
  ): Promise<LearnerProgressResponse> {
    const report = await this.learners.report(id);
    return learnerProgressFor(caller, reachableEnrollments(report, caller));
  }
}
