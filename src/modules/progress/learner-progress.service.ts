import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { CohortService } from '../enrollment/cohort.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { CohortScopes } from './cohort-scope';
import { EnrollmentProgress, LearnerProgressResponse } from './dto/progress.response';
import { ProgressRepository } from './progress.repository';
import { ProgressRows } from './progress-rows';

const RECENT_REVIEWS = 20;

/** One learner's progress in each of their cohorts, with their latest answers. */
@Injectable()
export class LearnerProgressService {
  constructor(
    private readonly clock: Clock,
    private readonly learners: EnrollmentService,
    private readonly cohorts: CohortService,
    private readonly scopes: CohortScopes,
    private readonly reader: ProgressRepository,
    private readonly rows: ProgressRows,
  ) {}

  async report(learnerId: number): Promise<LearnerProgressResponse> {
    const learner = await this.learners.liveLearner(learnerId);
    const now = this.clock.now();
    const enrollments: EnrollmentProgress[] = [];
    for (const facts of await this.reader.learnerFacts(learnerId)) {
      const cohort = await this.cohorts.get(facts.cohortId);
      const scope = await this.scopes.of(cohort, now);
      const rows = await this.rows.rows(scope, [facts]);
      enrollments.push({
        ...rows[0],
        cohortId: cohort.id,
        cohortName: cohort.name,
        questions: await this.reader.questionRecalls(facts.enrollmentId, scope),
        sessionDays: await this.reader.sessionDays(facts.enrollmentId),
        recentReviews: await this.reader.recentReviews(facts.enrollmentId, RECENT_REVIEWS),
      });
    }
    return {
      learnerId,
      externalId: learner.externalId!,
      name: learner.name!,
      generatedAt: now,
      enrollments,
    };
  }
}
