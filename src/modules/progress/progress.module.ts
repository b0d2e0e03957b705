import { Module } from '@nestjs/common';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MemoryModelModule } from '../memory-model/memory-model.module';
import { CohortProgressService } from './cohort-progress.service';
import { CohortScopes } from './cohort-scope';
import { CohortSeriesService } from './cohort-series.service';
import { LearnerProgressService } from './learner-progress.service';
import { ProgressController } from './progress.controller';
import { ProgressRows } from './progress-rows';
import { KnowledgeMapService } from './knowledge-map.service';
import { QuestionStatsService } from './question-stats.service';
import { QuestionsController } from './questions.controller';
import { SeriesController } from './series.controller';

/** What HR and trainers read: progress per cohort and learner, and per question. */
@Module({
  imports: [EnrollmentModule, MemoryModelModule],
  controllers: [ProgressController, QuestionsController, SeriesController],
  providers: [
    CohortProgressService,
    CohortScopes,
    CohortSeriesService,
    LearnerProgressService,
    ProgressRows,
    QuestionStatsService,
    KnowledgeMapService,
  ],
})
export class ProgressModule {}
