import type { RepositoryBinding } from '.';
import { OutboxRepository } from '../../../modules/delivery/outbox.repository';
import { CourseReviewRepository } from '../../../modules/memory-model/course-review.repository';
import { ParameterSetRepository } from '../../../modules/memory-model/parameter-set.repository';
import { SqlCourseReviewRepository } from './course-review.sql-repository';
import { SqlOutboxRepository } from './outbox.sql-repository';
import { SqlParameterSetRepository } from './parameter-set.sql-repository';

/** The delivery and memory-model modules' repository ports and their SQL implementations. */
export const deliveryBindings: RepositoryBinding[] = [
  { provide: OutboxRepository, useClass: SqlOutboxRepository },
  { provide: ParameterSetRepository, useClass: SqlParameterSetRepository },
  { provide: CourseReviewRepository, useClass: SqlCourseReviewRepository },
];
