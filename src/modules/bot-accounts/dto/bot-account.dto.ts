import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const PUPPET =
  "The puppet's npm name: wechaty-puppet-service for WorkPro (WeCom) and other puppet services";
const NOT_NPM = 'must be an npm package name such as wechaty-puppet-service';
const NPM_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** May be left out, but not sent as null: the column has no empty value. */
const NotNullWhenSent = () => ValidateIf((_, value) => value !== undefined);

/** Wechaty's puppet-service TLS options. */
export class BotAccountTlsDto {
  @ApiPropertyOptional({ description: 'PEM CA certificate of the puppet service; write-only' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  caCert?: string;

  @ApiPropertyOptional({ example: 'puppet.example.com' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  serverName?: string;

  @ApiPropertyOptional({ description: 'True: no TLS to the puppet service' })
  @IsOptional()
  @IsBoolean()
  disable?: boolean;
}

/** What HR may set on an account besides its name and puppet. */
class BotAccountOptions {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The puppet-service token; write-only: no response shows it, no log line holds it',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  token?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '10.0.0.5:8788',
    description: 'host:port of the puppet service, when not found through the token',
  })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  endpoint?: string | null;

  @ApiPropertyOptional({ type: BotAccountTlsDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BotAccountTlsDto)
  tls?: BotAccountTlsDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "A link to the account's contact QR card, printed on invite sheets",
  })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  qrCardUrl?: string | null;

  @ApiPropertyOptional({
    example: 20,
    minimum: 1,
    maximum: 600,
    description: 'At most this many messages in any 60 s, across every instance',
  })
  @NotNullWhenSent()
  @IsInt()
  @Min(1)
  @Max(600)
  sendRatePerMinute?: number;

  @ApiPropertyOptional({
    description: 'False: no instance runs it and no new learner is pinned to it',
  })
  @NotNullWhenSent()
  @IsBoolean()
  enabled?: boolean;
}

export class CreateBotAccountDto extends BotAccountOptions {
  @ApiProperty({ example: '销售助手 1', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: 'wechaty-puppet-service', description: PUPPET })
  @IsString()
  @Length(1, 100)
  @Matches(NPM_NAME, { message: NOT_NPM })
  puppet: string;
}

/** A field left out keeps its value; null clears token, endpoint, tls and qrCardUrl. */
export class UpdateBotAccountDto extends BotAccountOptions {
  @ApiPropertyOptional({ example: '销售助手 1', minLength: 1, maxLength: 100 })
  @NotNullWhenSent()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 'wechaty-puppet-service', description: PUPPET })
  @NotNullWhenSent()
  @IsString()
  @Length(1, 100)
  @Matches(NPM_NAME, { message: NOT_NPM })
  puppet?: string;
}
