import { ApiKeyEntity } from './api-key.entity';
import { AppSettingEntity } from './app-setting.entity';
import { BotAccountEntity } from './bot-account.entity';
import { CardEntity } from './card.entity';
import { CohortEntity } from './cohort.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { DailySessionEntity } from './daily-session.entity';
import { EnrollmentCodeEntity } from './enrollment-code.entity';
import { EnrollmentLessonEntity } from './enrollment-lesson.entity';
import { EnrollmentEntity } from './enrollment.entity';
import { FsrsParameterSetEntity } from './fsrs-parameter-set.entity';
import { InboundMessageEntity } from './inbound-message.entity';
import { LearnerEntity } from './learner.entity';
import { LessonEntity } from './lesson.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { QuestionEntity } from './question.entity';
import { ReviewLogEntity } from './review-log.entity';
import { SessionPromptEntity } from './session-prompt.entity';

export const entities = [
  ApiKeyEntity,
  AppSettingEntity,
  CourseEntity,
  CourseModuleEntity,
  LessonEntity,
  QuestionEntity,
  CohortEntity,
  LearnerEntity,
  EnrollmentEntity,
  EnrollmentCodeEntity,
  EnrollmentLessonEntity,
  CardEntity,
  ReviewLogEntity,
  DailySessionEntity,
  SessionPromptEntity,
  OutboxMessageEntity,
  InboundMessageEntity,
  FsrsParameterSetEntity,
  BotAccountEntity,
];
export {
  ApiKeyEntity,
  AppSettingEntity,
  BotAccountEntity,
  CardEntity,
  CohortEntity,
  CourseEntity,
  CourseModuleEntity,
  DailySessionEntity,
  EnrollmentCodeEntity,
  EnrollmentEntity,
  EnrollmentLessonEntity,
  FsrsParameterSetEntity,
  InboundMessageEntity,
  LearnerEntity,
  LessonEntity,
  OutboxMessageEntity,
  QuestionEntity,
  ReviewLogEntity,
  SessionPromptEntity,
};
