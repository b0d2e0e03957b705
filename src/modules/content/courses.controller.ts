import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ErrorResponse } from '../../http/error-response';
import { Reaches } from '../auth/cohort-reach.decorator';
import { Roles } from '../auth/roles.decorator';
import { CourseCatalogService } from './course-catalog.service';
import { CourseDetailResponse, CourseResponse } from './dto/course.response';
import { CourseIdPipe } from './course-id.pipe';

@ApiTags('courses')
@Roles('hr', 'trainer')
@Reaches('shared')
@Controller('courses')
export class CoursesController {
  constructor(private readonly catalog: CourseCatalogService) {}

  @Get()
  @ApiOperation({ summary: 'List courses' })
  @ApiOkResponse({ type: [CourseResponse] })
  list(): Promise<CourseResponse[]> {
    return this.catalog.list();
  }

  @Get(':courseId')
  @ApiOperation({ summary: 'One course: modules, lessons, question counts' })
  @ApiOkResponse({ type: CourseDetailResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'Not a course id' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  get(@Param('courseId', CourseIdPipe) courseId: string): Promise<CourseDetailResponse> {
    return this.catalog.get(courseId);
  }
}
