import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../core/errors';
import { parseId } from '../admin/common/id-param.decorator';
import { AuthenticatedRequest } from './api-key.guard';
import { Reach, REACH_KEY } from './cohort-reach.decorator';
import { CohortReachRepository } from './cohort-reach.repository';

/**
 * Keeps a key limited to cohorts inside them. Whatever lies outside answers exactly as if it
 * did not exist (the same 404 and message), so such a key cannot even learn what exists.
 */
@Injectable()
export class CohortReachGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly cohortLinks: CohortReachRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const cohortIds = request.principal?.cohortIds;
    if (!cohortIds) return true;
    const targets = [context.getHandler(), context.getClass()];
    const reach = this.reflector.getAllAndOverride<Reach | undefined>(REACH_KEY, targets);
    if (reach === 'listed' || reach === 'shared') return true;
    if (!reach) {
      throw new DomainError('forbidden', `This key is limited to cohorts ${cohortIds.join(', ')}`);
    }
    const id = parseId(request.params.id);
    if (!(await this.within(reach, id, cohortIds))) throw notFound(reach, id);
    return true;
  }

  private async within(reach: Reach, id: number, cohortIds: number[]): Promise<boolean> {
    if (reach === 'cohort') return cohortIds.includes(id);
    const learnerId = reach === 'learner' ? id : await this.cohortLinks.learnerOfDelivery(id);
    if (learnerId === undefined) return false;
    return this.cohortLinks.isEnrolledInAny(learnerId, cohortIds);
  }
}

/** The very error the route gives for an id that does not exist. */
function notFound(reach: Reach, id: number): DomainError {
  const what = { cohort: `Cohort ${id}`, learner: `Learner ${id}`, delivery: `Delivery #${id}` };
  return new DomainError('not-found', `${what[reach as keyof typeof what]} does not exist`);
}
