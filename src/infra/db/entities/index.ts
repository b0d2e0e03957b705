import { ApiKeyEntity } from './api-key.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import { QuestionEntity } from './question.entity';

export const entities = [
  ApiKeyEntity,
  CourseEntity,
  CourseModuleEntity,
  LessonEntity,
  QuestionEntity,
];
export { ApiKeyEntity, CourseEntity, CourseModuleEntity, LessonEntity, QuestionEntity };
