import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { PageQuery } from '../admin/common/page.dto';
import { CohortProgressService } from './cohort-progress.service';
import { CohortProgressResponse, LearnerProgressResponse } from './dto/progress.response';
import { LearnerProgressService } from './learner-progress.service';

@ApiTags('progress')
@Roles('hr', 'trainer')
@Controller()
export class ProgressController {
  constructor(
    private readonly cohorts: CohortProgressService,
    private readonly learners: LearnerProgressService,
  ) {}

  @Get('cohorts/:id/progress')
  @ApiOperation({ summary: "A cohort's progress: totals, at-risk learners, a page of learners" })
  @ApiOkResponse({
    type: CohortProgressResponse,
    description:
      'Totals and the at-risk list cover the whole cohort; learner rows come a page at a time',
  })
  @ApiErrors({ badRequest: 'Not an id, or a bad page', notFound: 'No such cohort' })
  cohort(@IdParam() id: number, @Query() page: PageQuery): Promise<CohortProgressResponse> {
    return this.cohorts.report(id, page);
  }

  @Get('cohorts/:id/progress.csv')
  @ApiOperation({ summary: "A cohort's progress as CSV, one row per learner" })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: { type: 'string' },
    description:
      'Every learner’s row, streamed; UTF-8 with a byte-order mark, so Excel shows Chinese names',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  async cohortCsv(@IdParam() id: number): Promise<StreamableFile> {
    const { filename, stream } = await this.cohorts.csv(id);
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Get('learners/:id/progress')
  @ApiOperation({ summary: "One learner's progress with recent reviews" })
  @ApiOkResponse({ type: LearnerProgressResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such learner, or erased' })
  learner(@IdParam() id: number): Promise<LearnerProgressResponse> {
    return this.learners.report(id);
  }
}
