import { Module } from '@nestjs/common';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MemoryModelModule } from '../memory-model/memory-model.module';
import { CohortProgressService } from './cohort-progress.service';
import { CohortScopes } from './cohort-scope';
import { CohortTotalsReader } from './cohort-totals-reader';
import { LearnerProgressService } from './learner-progress.service';
import { ProgressController } from './progress.controller';
import { ProgressReader } from './progress-reader';
import { ProgressRows } from './progress-rows';
import { QuestionStatsReader } from './question-stats-reader';
import { QuestionStatsService } from './question-stats.service';
import { QuestionsController } from './questions.controller';

/** What HR and trainers read: progress per cohort and learner, and per question. */
@Module({
  imports: [EnrollmentModule, MemoryModelModule],
  controllers: [ProgressController, QuestionsController],
  providers: [
    CohortProgressService,
    CohortScopes,
    CohortTotalsReader,
    LearnerProgressService,
    ProgressReader,
    ProgressRows,
    QuestionStatsReader,
    QuestionStatsService,
  ],
})
export class ProgressModule {}
