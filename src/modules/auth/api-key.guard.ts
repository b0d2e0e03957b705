import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { DomainError } from '../../core/errors';
import { Role } from '../../core/roles';
import { ApiKeyService, Principal } from './api-key.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthenticatedRequest = Request & { principal?: Principal };

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match)
      throw new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>"');
    const principal = await this.apiKeys.authenticate(match[1]);
    if (!principal) throw new DomainError('unauthenticated', 'Unknown or revoked API key');
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (principal.role !== 'admin' && !allowed.includes(principal.role)) {
      throw new DomainError('forbidden', `The ${principal.role} role may not do this`);
    }
    return true;
  }
}
