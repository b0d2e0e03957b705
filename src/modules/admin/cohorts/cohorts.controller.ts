import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../auth/api-key.service';
import { Caller } from '../../auth/caller.decorator';
import { Reaches } from '../../auth/cohort-reach.decorator';
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
  @Reaches('listed')
  @ApiOkResponse({
    type: [CohortResponse],
    description: 'Only its own for a key limited to cohorts',
  })
  @ApiErrors({})
  async list(@Caller() caller: Principal): Promise<CohortResponse[]> {
    const all = await this.cohorts.list();
    return caller.cohortIds ? all.filter((c) => caller.cohortIds!.includes(c.id)) : all;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One cohort with its learner counts' })
  @Roles('hr', 'trainer')
  @Reaches('cohort')
  @ApiOkResponse({ type: CohortResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  get(@IdParam() id: number): Promise<CohortResponse> {
    return this.cohorts.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change settings or status (active, paused, archived)' })
  @Roles('hr')
  @Reaches('cohort')
  @ApiOkResponse({
    type: CohortResponse,
    description: 'Settings changed; every learner keeps their history and is rescheduled',
  })
  @ApiErrors({ badRequest: INVALID, notFound: 'No such cohort' })
  update(@IdParam() id: number, @Body() dto: UpdateCohortDto): Promise<CohortResponse> {
    return this.cohorts.update(id, dto);
  }
}
