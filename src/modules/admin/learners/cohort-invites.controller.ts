import { Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Reaches } from '../../auth/cohort-reach.decorator';
import { Roles } from '../../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { IdParam } from '../common/id-param.decorator';
import { InvitesResponse } from './dto/invite.response';
import { InviteSheetService } from './invite-sheet.service';
import { invitesCsv } from './invites-csv';

const ERRORS = { badRequest: 'Not an id', notFound: 'No such cohort' };

/** Who has not joined yet, with their codes: for the printed invite sheet or a mail merge. */
@ApiTags('learners')
@Roles('hr')
@Reaches('cohort')
@Controller('cohorts/:id')
export class CohortInvitesController {
  constructor(private readonly sheets: InviteSheetService) {}

  @Get('invites')
  @ApiOperation({ summary: 'Learners who have not joined, with their codes' })
  @ApiOkResponse({ type: InvitesResponse })
  @ApiErrors(ERRORS)
  invites(@IdParam() id: number): Promise<InvitesResponse> {
    return this.sheets.invites(id);
  }

  @Get('invites.csv')
  @ApiOperation({ summary: 'The invite sheet as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: { type: 'string' },
    description:
      'name, externalId, code, codeExpiresAt (cohort time), botName, botWechatId, botQrCardUrl: the learner’s bot account (its name for a stored account, the WeChat name for the default one); UTF-8 with a byte-order mark for Excel. An empty code: none still works, POST codes issues new ones',
  })
  @ApiErrors(ERRORS)
  async invitesCsv(@IdParam() id: number): Promise<StreamableFile> {
    const sheet = await this.sheets.invites(id);
    return new StreamableFile(Buffer.from(invitesCsv(sheet), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="cohort-${id}-invites.csv"`,
    });
  }

  @Post('codes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reissue the codes of every learner who has not joined' })
  @ApiOkResponse({
    type: InvitesResponse,
    description: 'Each with a new code valid 14 days; their previous codes stop working',
  })
  @ApiErrors(ERRORS)
  reissue(@IdParam() id: number): Promise<InvitesResponse> {
    return this.sheets.reissue(id);
  }
}
