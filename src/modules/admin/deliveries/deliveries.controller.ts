import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../auth/api-key.service';
import { Caller } from '../../auth/caller.decorator';
import { Reaches } from '../../auth/cohort-reach.decorator';
import { Roles } from '../../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { IdParam } from '../common/id-param.decorator';
import { DeliveryAdminService } from './delivery-admin.service';
import {
  DeliveriesPage,
  DeliveryResponse,
  DeliverNowResponse,
  ListDeliveriesQuery,
} from './dto/delivery.dto';

const DELIVER_NOW =
  "Starts today's session at once for every active enrolment, even on a day off (kick-off day, demos); a session already held today is not repeated";

@ApiTags('deliveries')
@Roles('hr')
@Controller()
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveryAdminService) {}

  @Get('deliveries')
  @Reaches('listed')
  @ApiOperation({ summary: 'Outbox messages, filtered by status' })
  @ApiOkResponse({
    type: DeliveriesPage,
    description: 'Only to learners of its cohorts for a key limited to cohorts',
  })
  @ApiErrors({ badRequest: 'A bad filter or page' })
  list(@Query() query: ListDeliveriesQuery, @Caller() caller: Principal): Promise<DeliveriesPage> {
    return this.deliveries.list(query, caller.cohortIds);
  }

  @Post('deliveries/:id/retry')
  @Reaches('delivery')
  @ApiOperation({ summary: 'Send a failed message again' })
  @HttpCode(200)
  @ApiOkResponse({ type: DeliveryResponse, description: 'Queued again with fresh attempts' })
  @ApiErrors({
    badRequest: 'Not an id',
    notFound: 'No such delivery',
    conflict: 'Only a failed delivery can be retried',
  })
  retry(@IdParam() id: number): Promise<DeliveryResponse> {
    return this.deliveries.retry(id);
  }

  @Post('cohorts/:id/deliver-now')
  @Reaches('cohort')
  @ApiOperation({ summary: "Start today's session now for a whole cohort" })
  @HttpCode(200)
  @ApiOkResponse({ type: DeliverNowResponse, description: DELIVER_NOW })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such cohort' })
  deliverToCohort(@IdParam() id: number): Promise<DeliverNowResponse> {
    return this.deliveries.deliverNow({ cohortId: id });
  }

  @Post('learners/:id/deliver-now')
  @Reaches('learner')
  @ApiOperation({ summary: "Start today's session now for one learner" })
  @HttpCode(200)
  @ApiOkResponse({ type: DeliverNowResponse, description: DELIVER_NOW })
  @ApiErrors({ badRequest: 'Not an id', notFound: 'No such learner, or erased' })
  deliverToLearner(@IdParam() id: number): Promise<DeliverNowResponse> {
    return this.deliveries.deliverNow({ learnerId: id });
  }
}
