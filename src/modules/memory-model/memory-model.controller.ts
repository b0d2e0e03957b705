import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponse } from '../../http/error-response';
import { Roles } from '../auth/roles.decorator';
import { CourseIdPipe } from '../content/course-id.pipe';
import { MemoryModelResponse } from './dto/memory-model.response';
import { MemoryModelService } from './memory-model.service';

@ApiTags('courses')
@Roles('hr', 'trainer')
@Controller('courses')
export class MemoryModelController {
  constructor(private readonly memoryModel: MemoryModelService) {}

  @Get(':courseId/memory-model')
  @ApiOperation({ summary: "The course's FSRS parameters: default or fitted, with their fit" })
  @ApiOkResponse({ type: MemoryModelResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'Not a course id' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  get(@Param('courseId', CourseIdPipe) courseId: string): Promise<MemoryModelResponse> {
    return this.memoryModel.model(courseId);
  }
}
