import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
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

  @ApiPropertyOptional({
    type: [Number],
    example: [3, 4],
    description:
      'hr keys only: the key sees these cohorts, their learners and deliveries, nothing else',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  cohortIds?: number[];
}

export class ApiKeyResponse {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'Public part of the key, safe to show' }) keyId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'The only cohorts the key may see; null for every cohort',
  })
  cohortIds: number[] | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The full key; shown only in this response' }) key: string;
}
