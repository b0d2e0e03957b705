import type { RepositoryBinding } from '.';
import { ApiKeyRepository } from '../../../modules/auth/api-key.repository';
import { CohortReachRepository } from '../../../modules/auth/cohort-reach.repository';
import { CatalogRepository } from '../../../modules/content/catalog.repository';
import { CourseRepository } from '../../../modules/content/course.repository';
import { ProgressRepository } from '../../../modules/progress/progress.repository';
import { QuestionStatsRepository } from '../../../modules/progress/question-stats.repository';
import { SeriesRepository } from '../../../modules/progress/series.repository';
import { SqlApiKeyRepository } from './api-key.sql-repository';
import { SqlCatalogRepository } from './catalog.sql-repository';
import { SqlCohortReachRepository } from './cohort-reach.sql-repository';
import { SqlCourseRepository } from './course.sql-repository';
import { SqlProgressRepository } from './progress.sql-repository';
import { SqlQuestionStatsRepository } from './question-stats.sql-repository';
import { SqlSeriesRepository } from './series.sql-repository';

/** The repository ports of the progress, auth and content modules and their SQL implementations. */
export const progressBindings: RepositoryBinding[] = [
  { provide: ApiKeyRepository, useClass: SqlApiKeyRepository },
  { provide: CohortReachRepository, useClass: SqlCohortReachRepository },
  { provide: CatalogRepository, useClass: SqlCatalogRepository },
  { provide: CourseRepository, useClass: SqlCourseRepository },
  { provide: ProgressRepository, useClass: SqlProgressRepository },
  { provide: QuestionStatsRepository, useClass: SqlQuestionStatsRepository },
  { provide: SeriesRepository, useClass: SqlSeriesRepository },
];
