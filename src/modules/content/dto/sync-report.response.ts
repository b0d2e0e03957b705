import { ApiProperty } from '@nestjs/swagger';

const CHANGES = ['added', 'updated', 'unchanged', 'retired', 'revived', 'answer-changed'];

export class ChangeCountsResponse {
  @ApiProperty() added: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() retired: number;
  @ApiProperty() revived: number;
  @ApiProperty({ name: 'answer-changed' }) 'answer-changed': number;
}

export class CourseCountsResponse {
  @ApiProperty({ type: ChangeCountsResponse }) modules: ChangeCountsResponse;
  @ApiProperty({ type: ChangeCountsResponse }) lessons: ChangeCountsResponse;
  @ApiProperty({ type: ChangeCountsResponse }) questions: ChangeCountsResponse;
}

export class ItemChangeResponse {
  @ApiProperty({ enum: ['course', 'module', 'lesson', 'question'] }) kind: string;
  @ApiProperty({ example: 'internal-negotiation/messenger-or-negotiator/q1' }) id: string;
  @ApiProperty({ enum: CHANGES }) change: string;
}

export class CourseSyncResponse {
  @ApiProperty() courseId: string;
  @ApiProperty({ enum: CHANGES }) change: string;
  @ApiProperty({ type: CourseCountsResponse }) counts: CourseCountsResponse;
  @ApiProperty({ type: [ItemChangeResponse] }) items: ItemChangeResponse[];
}

export class SyncReportResponse {
  @ApiProperty({ description: 'True for content/validate: nothing was written' }) dryRun: boolean;
  @ApiProperty({ type: [CourseSyncResponse] }) courses: CourseSyncResponse[];
  @ApiProperty({ type: [String], example: ['content/x/lessons/y.yaml:4:3 warning: body has no en text'] })
  warnings: string[];
}
