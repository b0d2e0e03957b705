import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '../../core/roles';
import { ErrorResponse } from '../../http/error-response';

export const ROLES_KEY = 'spaced-coach:roles';
export const PUBLIC_KEY = 'spaced-coach:public';

/** Roles allowed besides admin, who may call everything. A route without it is admin-only. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'No API key, or an unknown one' }),
    ApiForbiddenResponse({ type: ErrorResponse, description: 'The key’s role may not call this' }),
  );

export const AdminOnly = () => Roles();

export const Public = () => SetMetadata(PUBLIC_KEY, true);
