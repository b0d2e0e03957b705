import { ApiProperty } from '@nestjs/swagger';

export class ErrorDetailResponse {
  @ApiProperty({ example: 'timezone' })
  field: string;

  @ApiProperty({ example: 'must be an IANA timezone such as Asia/Shanghai' })
  message: string;
}

/** The one error shape of SPEC §4. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'The request has 1 invalid field' })
  message: string;

  @ApiProperty({ type: [ErrorDetailResponse] })
  details: ErrorDetailResponse[];
}
