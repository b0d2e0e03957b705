import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Reaches } from '../auth/cohort-reach.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { CohortSeriesService } from './cohort-series.service';
import { CohortSeriesResponse, SeriesQuery } from './dto/series.dto';

@ApiTags('progress')
@Roles('hr', 'trainer')
@Reaches('cohort')
@Controller('cohorts/:id/series')
export class SeriesController {
  constructor(private readonly series: CohortSeriesService) {}

  @Get()
  @ApiOperation({
    summary: 'A cohort day by day: sessions, answers, participation, accuracy, predicted recall',
  })
  @ApiOkResponse({ type: CohortSeriesResponse })
  @ApiErrors({ badRequest: 'Not an id, or bad dates', notFound: 'No such cohort' })
  get(@IdParam() id: number, @Query() query: SeriesQuery): Promise<CohortSeriesResponse> {
    return this.series.series(id, query);
  }
}
