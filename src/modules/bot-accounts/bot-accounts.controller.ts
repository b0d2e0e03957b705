import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../admin/common/api-errors.decorator';
import { IdParam } from '../admin/common/id-param.decorator';
import { AdminOnly, Roles } from '../auth/roles.decorator';
import { BotAccountAdminService } from './bot-account-admin.service';
import { CreateBotAccountDto, UpdateBotAccountDto } from './dto/bot-account.dto';
import { BotAccountResponse } from './dto/bot-account.response';

const NOT_FOUND = 'No such bot account';

@ApiTags('bot-accounts')
@Controller('bot-accounts')
export class BotAccountsController {
  constructor(private readonly accounts: BotAccountAdminService) {}

  @Get()
  @Roles('hr')
  @ApiOperation({ summary: 'Every WeChat account of the pool, with its state and load' })
  @ApiOkResponse({ type: [BotAccountResponse] })
  @ApiErrors({})
  list(): Promise<BotAccountResponse[]> {
    return this.accounts.list();
  }

  @Get(':id')
  @Roles('hr')
  @ApiOperation({ summary: 'One bot account, with its state and load' })
  @ApiOkResponse({ type: BotAccountResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: NOT_FOUND })
  get(@IdParam() id: number): Promise<BotAccountResponse> {
    return this.accounts.get(id);
  }

  @Post()
  @AdminOnly()
  @ApiOperation({ summary: 'Add a WeChat account to the pool (its token is never shown again)' })
  @ApiCreatedResponse({ type: BotAccountResponse })
  @ApiErrors({
    badRequest: 'Every invalid field is named in `details`',
    conflict: 'The name is taken',
  })
  create(@Body() dto: CreateBotAccountDto): Promise<BotAccountResponse> {
    return this.accounts.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({ summary: "Change a bot account's settings, or enable or disable it" })
  @ApiOkResponse({ type: BotAccountResponse })
  @ApiErrors({
    badRequest: 'Every invalid field is named in `details`',
    notFound: NOT_FOUND,
    conflict: 'The name is taken',
  })
  update(@IdParam() id: number, @Body() dto: UpdateBotAccountDto): Promise<BotAccountResponse> {
    return this.accounts.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a bot account no learner is pinned to' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({
    badRequest: 'Not an id',
    notFound: NOT_FOUND,
    conflict: 'Learners are pinned to it: move them first, or disable the account',
  })
  remove(@IdParam() id: number): Promise<void> {
    return this.accounts.remove(id);
  }
}
