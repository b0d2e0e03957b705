import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ErrorResponse } from '../../http/error-response';
import { ApiKeyService } from './api-key.service';
import { ApiKeyResponse, CreateApiKeyDto, CreatedApiKeyResponse } from './dto/create-api-key.dto';
import { AdminOnly } from './roles.decorator';

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
