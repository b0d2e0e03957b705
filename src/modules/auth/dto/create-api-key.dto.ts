import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { ROLES } from '../../../core/roles';
import type { Role } from '../../../core/roles';

export class CreateApiKeyDto {
  @ApiProperty({ enum: ROLES, example: 'hr' })
  @IsIn(ROLES, { message: 'must be admin, hr or trainer' })
  role: Role;

  @ApiProperty({ example: 'HR Shanghai', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;
}

export class ApiKeyResponse {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'Public part of the key, safe to show' }) keyId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The full key; shown only in this response' }) key: string;
}
