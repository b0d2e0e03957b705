import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { IdParam } from '../common/id-param.decorator';
import { CohortAdminService } from './cohort-admin.service';
import { CreateCohortDto, UpdateCohortDto } from './dto/cohort.dto';
import { CohortResponse } from './dto/cohort.response';

const INVALID = 'Every invalid setting is named in `details`; unknown fields are refused';

/** HR runs cohorts; trainers may look them up to read their progress. */
@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortAdminService) {}

  @Post()
  @ApiOperation({ summary: 'Create a cohort' })
  @Roles('hr')
  @ApiCreatedResponse({ type: CohortResponse })
  @ApiErrors({ badRequest: INVALID })
  create(@Body() dto: CreateCohortDto): Promise<CohortResponse> {
    return this.cohorts.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List cohorts with their learner counts' })
  @Roles('hr', 'trainer')
  @ApiOkResponse({ type: [CohortResponse] })
  @ApiErrors({})
  list(): Promise<CohortResponse[]> {
    return this.cohorts.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One cohort with its learner counts' })
  @Roles('hr', 'trainer')
  @ApiOkResponse({ type: CohortResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  get(@IdParam() id: number): Promise<CohortResponse> {
    return this.cohorts.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change settings or status (active, paused, archived)' })
  @Roles('hr')
  @ApiOkResponse({
    type: CohortResponse,
    description: 'Settings changed; every learner keeps their history and is rescheduled',
  })
  @ApiErrors({ badRequest: INVALID, notFound: 'No such cohort' })
  update(@IdParam() id: number, @Body() dto: UpdateCohortDto): Promise<CohortResponse> {
    return this.cohorts.update(id, dto);
  }
}
