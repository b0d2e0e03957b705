import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Reaches } from '../auth/cohort-reach.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { QuestionStatsResponse } from './dto/question-stats.response';
import { QuestionStatsService } from './question-stats.service';

@ApiTags('progress')
@Roles('trainer')
@Reaches('cohort')
@Controller('cohorts/:id/questions')
export class QuestionsController {
  constructor(private readonly stats: QuestionStatsService) {}

  @Get()
  @ApiOkResponse({ type: QuestionStatsResponse, description: 'Per question, worst first' })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  list(@IdParam() id: number): Promise<QuestionStatsResponse> {
    return this.stats.report(id);
  }
}
