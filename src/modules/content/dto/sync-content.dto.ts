import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class SyncContentDto {
  @ApiPropertyOptional({
    description: 'Retire courses and lessons even while cohorts use them',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}
