import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiBadRequestResponse({ type: ErrorResponse })
  create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    return this.apiKeys.create(dto.role, dto.name, dto.cohortIds ?? null);
  }

  @Get()
  list(): Promise<ApiKeyResponse[]> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @ApiNotFoundResponse({ type: ErrorResponse })
  revoke(@Param('id', ParseIntPipe) id: number): Promise<ApiKeyResponse> {
    return this.apiKeys.revoke(id);
  }
}
