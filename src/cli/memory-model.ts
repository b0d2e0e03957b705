import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Database } from '../infra/db/database';
import { SqlCourseReviewRepository } from '../infra/db/repositories/course-review.sql-repository';
import { SqlParameterSetRepository } from '../infra/db/repositories/parameter-set.sql-repository';
import { SystemClock } from '../infra/system-clock';
import { CurrentParameters } from '../modules/memory-model/current-parameters';
import { MemoryModelService } from '../modules/memory-model/memory-model.service';

/** The memory-model service wired by hand: the CLI opens no Nest application. */
export function memoryModel(dataSource: DataSource, config: AppConfig): MemoryModelService {
  const db = new Database(dataSource);
  const sets = new SqlParameterSetRepository(db);
  return new MemoryModelService(
    config,
    new SqlCourseReviewRepository(db),
    sets,
    new CurrentParameters(sets, new SystemClock()),
  );
}
