import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import { FailedAttempts } from '../../core/failed-attempts';
import { Role } from '../../core/roles';
import { ApiKeyService, Principal } from './api-key.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthenticatedRequest = Request & { principal?: Principal };

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyService,
    private readonly failures: FailedAttempts,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await this.authenticate(request, context.switchToHttp().getResponse());
    const principal = request.principal;

    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (principal.role !== 'admin' && !allowed.includes(principal.role)) {
      throw new DomainError('forbidden', `The ${principal.role} role may not do this`);
    }
    return true;
  }

  /**
   * The caller behind the key. Failures (a wrong key, or none, on a route that needs one) are
   * counted per client address, which then waits:
   * this guard runs before the per-key throttler, which never sees a key it cannot name.
   */
  private async authenticate(request: Request, response: Response): Promise<Principal> {
    const address = String(request.ip);
    const wait = this.failures.waitMs(address, this.clock.now().getTime());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      response.setHeader('Retry-After', String(seconds));
      throw new HttpException(
        `Too many wrong API keys from this address; retry in ${seconds} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const principal = match ? await this.apiKeys.authenticate(match[1]) : null;
    if (principal) return principal;
    this.failures.fail(address, this.clock.now().getTime());
    throw match
      ? new DomainError('unauthenticated', 'Unknown or revoked API key')
      : new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>"');
  }
}
