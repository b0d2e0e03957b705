import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { MAX_ROWS_PER_IMPORT } from '../../../core/enrollment/learner-rows';
import { Reaches } from '../../auth/cohort-reach.decorator';
import { Roles } from '../../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { IdParam } from '../common/id-param.decorator';
import { EnrolLearnerRow, EnrolmentResponse } from './dto/enrol-learners.dto';
import { ListLearnersQuery } from './dto/learner.dto';
import { CohortLearnersPage } from './dto/learner.response';
import { ImportBody } from './import-body.decorator';
import { LearnerDirectoryService } from './learner-directory.service';
import type { ImportPayload } from './learner-import.service';
import { LearnerImportService } from './learner-import.service';

const CSV_EXAMPLE =
  'externalId,name,locale,deliveryTime\r\nE001,王丽,zh,09:00\r\nE002,"Chen, Gang",en,20:30\r\n';

@ApiTags('learners')
@Roles('hr')
@Reaches('cohort')
@Controller('cohorts/:id/learners')
export class CohortLearnersController {
  constructor(
    private readonly imports: LearnerImportService,
    private readonly directory: LearnerDirectoryService,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiExtraModels(EnrolLearnerRow)
  // Two media types for one body: ApiBody describes only one, so the operation carries it.
  @ApiOperation({
    summary: 'Enrol learners from a JSON array or a CSV file',
    requestBody: {
      required: true,
      description:
        `Up to ${MAX_ROWS_PER_IMPORT} learners, as a JSON array or a CSV file (header row required, ` +
        'UTF-8 with or without BOM, columns externalId,name and optionally locale,deliveryTime,timezone,botAccountId). ' +
        'Idempotent by externalId; all rows are enrolled or none.',
      content: {
        'application/json': {
          schema: {
            type: 'array',
            maxItems: MAX_ROWS_PER_IMPORT,
            items: { $ref: getSchemaPath(EnrolLearnerRow) },
          },
        },
        'text/csv': { schema: { type: 'string', example: CSV_EXAMPLE } },
      },
    },
  })
  @ApiOkResponse({
    type: EnrolmentResponse,
    description: 'Every learner with their enrolment code',
  })
  @ApiErrors({
    badRequest:
      'Nothing was enrolled; `details` names every bad row and field (`rows[i].field` in JSON from 0, `row N, field` in CSV as Excel numbers rows)',
    notFound: 'No such cohort',
    conflict:
      'The cohort is archived, or every bot account is disabled (new learners need an enabled one)',
    tooLarge: 'JSON over 1 MB or CSV over 5 MB',
    unsupported: 'Neither application/json nor text/csv',
  })
  enrol(@IdParam() id: number, @ImportBody() payload: ImportPayload): Promise<EnrolmentResponse> {
    return this.imports.enrol(id, payload);
  }

  @Get()
  @ApiOperation({ summary: "A cohort's learners, page by page, filtered" })
  @ApiOkResponse({
    type: CohortLearnersPage,
    description: 'In enrolment order; erased learners left out',
  })
  @ApiErrors({ badRequest: 'Not an id, or a bad filter', notFound: 'No such cohort' })
  list(@IdParam() id: number, @Query() query: ListLearnersQuery): Promise<CohortLearnersPage> {
    return this.directory.listInCohort(id, query);
  }
}
