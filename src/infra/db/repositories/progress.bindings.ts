import type { RepositoryBinding } from '.';
import { ProgressRepository } from '../../../modules/progress/progress.repository';
import { QuestionStatsRepository } from '../../../modules/progress/question-stats.repository';
import { SeriesRepository } from '../../../modules/progress/series.repository';
import { SqlProgressRepository } from './progress.sql-repository';
import { SqlQuestionStatsRepository } from './question-stats.sql-repository';
import { SqlSeriesRepository } from './series.sql-repository';

/** The repository ports of the progress, auth and content modules and their SQL implementations. */
export const progressBindings: RepositoryBinding[] = [
  { provide: ProgressRepository, useClass: SqlProgressRepository },
  { provide: QuestionStatsRepository, useClass: SqlQuestionStatsRepository },
  { provide: SeriesRepository, useClass: SqlSeriesRepository },
];
