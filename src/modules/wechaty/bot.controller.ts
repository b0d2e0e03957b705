import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { BotStatusResponse, toBotStatusResponse } from './dto/bot-status.response';
import { BotStatus } from '../../core/bot-status';

@ApiTags('bot')
@Roles('hr', 'trainer')
@Controller('bot')
export class BotController {
  constructor(private readonly status: BotStatus) {}

  @Get()
  @ApiOperation({
    summary:
      "The WeChat bot's login state, its QR code while waiting for a scan, and every account of the pool",
  })
  @ApiOkResponse({ type: BotStatusResponse })
  get(): BotStatusResponse {
    return toBotStatusResponse(this.status.snapshot());
  }
}
