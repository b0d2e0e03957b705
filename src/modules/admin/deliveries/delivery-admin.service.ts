import { Injectable } from '@nestjs/common';
import { OutboxSender } from '../../delivery/outbox-sender.service';
import { PlannerCounts, PlannerService } from '../../engine/planner.service';
import {
  DeliveriesPage,
  DeliveryResponse,
  DeliverNowResponse,
  ListDeliveriesQuery,
} from './dto/delivery.dto';

/** The outbox and the planner, as HR drives them. */
@Injectable()
export class DeliveryAdminService {
  constructor(
    private readonly sender: OutboxSender,
    private readonly planner: PlannerService,
  ) {}

  /** `cohortIds` narrows the list to messages for learners of those cohorts. */
  async list(query: ListDeliveriesQuery, cohortIds: number[] | null): Promise<DeliveriesPage> {
    const { items, total } = await this.sender.list(
      query.status,
      query.page,
      query.pageSize,
      cohortIds,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  retry(id: number): Promise<DeliveryResponse> {
    return this.sender.retry(id);
  }

  async deliverNow(
    target: { cohortId: number } | { learnerId: number },
  ): Promise<DeliverNowResponse> {
    return toDeliverNowResponse(await this.planner.deliverNow(target));
  }
}

/** A forced start never meets a day off, so that count is left out. */
function toDeliverNowResponse(counts: PlannerCounts): DeliverNowResponse {
  return {
    started: counts.started,
    alreadyToday: counts['already-today'],
    nothingDue: counts['nothing-due'],
    notBound: counts['not-bound'],
  };
}
