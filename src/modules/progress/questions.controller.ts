import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Reaches } from '../auth/cohort-reach.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { KnowledgeMapResponse } from './dto/knowledge-map.response';
import { QuestionStatsResponse } from './dto/question-stats.response';
import { KnowledgeMapService } from './knowledge-map.service';
import { QuestionStatsService } from './question-stats.service';
import { questionsCsv } from './questions-csv';

@ApiTags('progress')
// HR's cohort page shows the hardest questions (SPEC section 8); trainers write them.
@Roles('hr', 'trainer')
@Reaches('cohort')
@Controller('cohorts/:id')
export class QuestionsController {
  constructor(
    private readonly stats: QuestionStatsService,
    private readonly knowledge: KnowledgeMapService,
  ) {}

  @Get('questions')
  @ApiOperation({ summary: 'Question statistics of a cohort, worst first' })
  @ApiOkResponse({ type: QuestionStatsResponse, description: 'Per question, worst first' })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  list(@IdParam() id: number): Promise<QuestionStatsResponse> {
    return this.stats.report(id);
  }

  @Get('knowledge-map')
  @ApiOperation({ summary: 'Accuracy per course module and week, from the cohort’s start' })
  @ApiOkResponse({ type: KnowledgeMapResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  knowledgeMap(@IdParam() id: number): Promise<KnowledgeMapResponse> {
    return this.knowledge.report(id);
  }

  @Get('questions.csv')
  @ApiOperation({ summary: 'Question statistics of a cohort as CSV, worst first' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: { type: 'string' },
    description:
      'The same figures as GET questions, one row per question; UTF-8 with a byte-order mark for Excel',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  async csv(@IdParam() id: number): Promise<StreamableFile> {
    const report = await this.stats.report(id);
    return new StreamableFile(Buffer.from(questionsCsv(report.questions), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="cohort-${id}-questions.csv"`,
    });
  }
}
