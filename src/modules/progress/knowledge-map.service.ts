import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { moduleWeeks, weekOf } from '../../core/progress/knowledge-map';
import { addDays, localDateOf } from '../../core/planning/local-time';
import { CohortService } from '../enrollment/cohort.service';
import { KnowledgeMapResponse } from './dto/knowledge-map.response';
import { QuestionStatsRepository } from './question-stats.repository';

/** Module by week: where a cohort's answers went right or wrong over its weeks (SPEC 8). */
@Injectable()
export class KnowledgeMapService {
  constructor(
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly reader: QuestionStatsRepository,
  ) {}

  async report(cohortId: number): Promise<KnowledgeMapResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const today = localDateOf(this.clock.now(), cohort.timezone);
    const [questions, days] = await Promise.all([
      this.reader.questionsOf(cohort.courseId),
      this.reader.answersByDay(cohortId),
    ]);
    const count = weekOf(cohort.startDate, today) + 1;
    const modules = [...new Set(questions.map((q) => q.lesson.moduleKey))];
    const moduleOf = new Map(questions.map((q) => [q.id, q.lesson.moduleKey]));
    return {
      cohortId,
      weeks: Array.from({ length: count }, (_, i) => ({
        week: i + 1,
        from: addDays(cohort.startDate, 7 * i),
      })),
      modules: moduleWeeks(days, moduleOf, modules, cohort.startDate, count),
    };
  }
}
