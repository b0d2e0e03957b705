import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, QUESTION_TYPES } from '../../../core/content/course-model';
import type { Locale, QuestionType } from '../../../core/content/course-model';

export class LocalizedTextResponse {
  @ApiPropertyOptional({ example: '没有授权，你只是传话人' }) zh?: string;
  @ApiPropertyOptional({ example: 'Without a mandate you are a messenger' }) en?: string;
}

export class LessonSummary {
  @ApiProperty({ example: 'messenger-or-negotiator' }) id: string;
  @ApiProperty({ type: LocalizedTextResponse }) title: LocalizedTextResponse;
  @ApiProperty({ enum: LOCALES, isArray: true, description: 'Locales in which every text of the lesson exists' })
  locales: Locale[];
  @ApiProperty({ example: 3 }) questionCount: number;
}

export class ModuleResponse {
  @ApiProperty({ example: 'foundations' }) id: string;
  @ApiProperty({ type: LocalizedTextResponse }) title: LocalizedTextResponse;
  @ApiProperty({ type: [LessonSummary], description: 'In curriculum order' }) lessons: LessonSummary[];
}

export class CourseResponse {
  @ApiProperty({ example: 'internal-negotiation' }) id: string;
  @ApiProperty({ type: LocalizedTextResponse }) title: LocalizedTextResponse;
  @ApiProperty({ type: LocalizedTextResponse }) summary: LocalizedTextResponse;
  @ApiProperty({ enum: LOCALES }) defaultLocale: Locale;
  @ApiProperty({ enum: LOCALES, isArray: true, description: 'Locales in which every text of the course exists' })
  locales: Locale[];
  @ApiProperty() lessonCount: number;
  @ApiProperty() questionCount: number;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: [ModuleResponse], description: 'In curriculum order' }) modules: ModuleResponse[];
}

export class QuestionSummary {
  @ApiProperty({ example: 'q1' }) id: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty({ type: LocalizedTextResponse }) prompt: LocalizedTextResponse;
  @ApiProperty({ example: 4 }) choiceCount: number;
}

export class LessonDetail extends LessonSummary {
  @ApiProperty({ type: LocalizedTextResponse }) body: LocalizedTextResponse;
  @ApiProperty({ type: [QuestionSummary] }) questions: QuestionSummary[];
}

export class ModuleDetail extends ModuleResponse {
  @ApiProperty({ type: [LessonDetail] }) declare lessons: LessonDetail[];
}

export class CourseDetailResponse extends CourseResponse {
  @ApiProperty({ type: [ModuleDetail] }) declare modules: ModuleDetail[];
}
