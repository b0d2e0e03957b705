import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config';
import { ErrorResponse } from '../../http/error-response';
import { Roles } from '../auth/roles.decorator';
import { ContentSyncService } from './content-sync.service';
import { NoFieldsDto } from './dto/no-fields.dto';
import { SyncContentDto } from './dto/sync-content.dto';
import { SyncReportResponse } from './dto/sync-report.response';

const INVALID = {
  type: ErrorResponse,
  description:
    'The content is invalid (`details` lists every problem as the CLI prints it), or the body has a field it does not take (validate takes none, sync only `force`)',
};

@ApiTags('content')
@Roles('trainer')
@Controller('content')
export class ContentController {
  constructor(
    private readonly content: ContentSyncService,
    private readonly config: AppConfig,
  ) {}

  @Post('validate')
  @ApiOperation({ summary: 'Check the content files without changing anything (dry run of sync)' })
  @HttpCode(200)
  @ApiOkResponse({ type: SyncReportResponse, description: 'What a sync would change; nothing is written' })
  @ApiBadRequestResponse(INVALID)
  validate(@Body() _noFields: NoFieldsDto): Promise<SyncReportResponse> {
    return this.content.sync(this.config.contentDir, { dryRun: true });
  }

  @Post('sync')
  @ApiOperation({ summary: 'Load the content files into the service' })
  @HttpCode(200)
  @ApiOkResponse({ type: SyncReportResponse, description: 'What the sync changed, per course, lesson and question' })
  @ApiBadRequestResponse(INVALID)
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'It would retire courses or lessons that cohorts use (each in `details`); nothing was changed. Send `{"force": true}` to retire them anyway',
  })
  sync(@Body() body?: SyncContentDto): Promise<SyncReportResponse> {
    return this.content.sync(this.config.contentDir, { force: body?.force ?? false });
  }
}
