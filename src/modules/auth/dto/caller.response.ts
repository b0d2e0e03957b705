import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../../core/roles';
import type { Role } from '../../../core/roles';

/** Who a key is, as a client needs it to show only what the key may do. */
export class CallerResponse {
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: 'HR Shanghai', description: 'The name given to the key' }) name: string;
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'The only cohorts the key may see; null for every cohort',
  })
  cohortIds: number[] | null;
}
