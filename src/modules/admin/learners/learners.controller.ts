import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../auth/api-key.service';
import { Caller } from '../../auth/caller.decorator';
import { Reaches } from '../../auth/cohort-reach.decorator';
import { reachableEnrollments } from '../../auth/reachable';
import { Roles } from '../../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { IdParam } from '../common/id-param.decorator';
import { UpdateLearnerDto } from './dto/learner.dto';
import { LearnerMoveResponse, MoveLearnerDto } from './dto/learner-move.dto';
import { EnrollmentCodeResponse, ErasureResponse, LearnerResponse } from './dto/learner.response';
import { LearnerDirectoryService } from './learner-directory.service';
import { LearnerErasureService } from './learner-erasure.service';
import { LearnerMoveService } from './learner-move.service';

const NOT_FOUND = 'No such learner, or erased';

@ApiTags('learners')
@Roles('hr')
@Reaches('learner')
@Controller('learners')
export class LearnersController {
  constructor(
    private readonly directory: LearnerDirectoryService,
    private readonly erasure: LearnerErasureService,
    private readonly moves: LearnerMoveService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One learner with their enrolments' })
  @ApiOkResponse({ type: LearnerResponse })
  @ApiErrors({ badRequest: 'Not an id', notFound: NOT_FOUND })
  async get(@IdParam() id: number, @Caller() caller: Principal): Promise<LearnerResponse> {
    return reachableEnrollments(await this.directory.get(id), caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Pause or resume a learner, or change their settings' })
  @ApiOkResponse({ type: LearnerResponse, description: 'Changed; the next session is rescheduled' })
  @ApiErrors({ badRequest: 'Every invalid field is named in `details`', notFound: NOT_FOUND })
  async update(
    @IdParam() id: number,
    @Body() dto: UpdateLearnerDto,
    @Caller() caller: Principal,
  ): Promise<LearnerResponse> {
    return reachableEnrollments(await this.directory.update(id, dto), caller);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a learner without erasing them' })
  @ApiOkResponse({
    type: LearnerResponse,
    description:
      'Every active or paused enrolment becomes withdrawn: no more sessions, unused codes stop working; answers and statistics stay. Idempotent.',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: NOT_FOUND })
  async withdraw(@IdParam() id: number, @Caller() caller: Principal): Promise<LearnerResponse> {
    return reachableEnrollments(await this.directory.withdraw(id), caller);
  }

  @Post(':id/code')
  @ApiOperation({ summary: 'Issue a new enrolment code (the old one stops working)' })
  @ApiCreatedResponse({
    type: EnrollmentCodeResponse,
    description: 'A new code; the old one stops working',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: NOT_FOUND })
  reissueCode(@IdParam() id: number): Promise<EnrollmentCodeResponse> {
    return this.directory.reissueCode(id);
  }

  @Post(':id/bot-account')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a learner to another bot account, with a new code for it' })
  @ApiOkResponse({
    type: LearnerMoveResponse,
    description:
      'Pinned to the new account; their WeChat binding is cleared until they send the new code (shown once) to it; waiting messages move with them',
  })
  @ApiErrors({
    badRequest: 'Not an id, or not an enabled bot account',
    notFound: NOT_FOUND,
    conflict: 'The learner is on that account already',
  })
  moveToAccount(@IdParam() id: number, @Body() dto: MoveLearnerDto): Promise<LearnerMoveResponse> {
    return this.moves.move(id, dto.botAccountId);
  }

  @Delete(':id')
  @ApiOperation({ summary: "Erase a learner's personal data (anonymous statistics stay)" })
  @ApiOkResponse({
    type: ErasureResponse,
    description:
      'Name, external id, WeChat binding and alias, and raw replies are erased; anonymous statistics stay',
  })
  @ApiErrors({ badRequest: 'Not an id', notFound: NOT_FOUND })
  erase(@IdParam() id: number): Promise<ErasureResponse> {
    return this.erasure.erase(id);
  }
}
