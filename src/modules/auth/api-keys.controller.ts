import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponse } from '../../http/error-response';
import { ApiKeyService } from './api-key.service';
import type { Principal } from './api-key.service';
import { Caller } from './caller.decorator';
import { Reaches } from './cohort-reach.decorator';
import { CallerResponse } from './dto/caller.response';
import { ApiKeyResponse, CreateApiKeyDto, CreatedApiKeyResponse } from './dto/create-api-key.dto';
import { AdminOnly, Roles } from './roles.decorator';

@ApiTags('api-keys')
@AdminOnly()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (shown once)' })
  @ApiBadRequestResponse({ type: ErrorResponse })
  create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    return this.apiKeys.create(dto.role, dto.name, dto.cohortIds ?? null);
  }

  /** Any key may ask who it is: the dashboard shows only what its role may do. */
  @Get('me')
  @Roles('hr', 'trainer')
  @Reaches('shared')
  @ApiOperation({ summary: "The calling key's role, name and cohorts" })
  @ApiOkResponse({ type: CallerResponse })
  me(@Caller() caller: Principal): CallerResponse {
    return { role: caller.role, name: caller.name, cohortIds: caller.cohortIds };
  }

  @Get()
  @ApiOperation({ summary: 'List API keys (never their secrets)' })
  list(): Promise<ApiKeyResponse[]> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  revoke(@Param('id', ParseIntPipe) id: number): Promise<ApiKeyResponse> {
    return this.apiKeys.revoke(id);
  }
}
