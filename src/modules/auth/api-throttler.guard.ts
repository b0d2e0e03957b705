import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthenticatedRequest } from './api-key.guard';

/** Limits each API key on its own; anonymous callers are counted by address. */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = (request as Partial<AuthenticatedRequest>).principal;
    return principal ? `key:${principal.keyId}` : `ip:${String(request.ip)}`;
  }
}
