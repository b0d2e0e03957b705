import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Database } from '../infra/db/database';
import { SystemClock } from '../infra/system-clock';
import { CourseReviews } from '../modules/memory-model/course-reviews';
import { CurrentParameters } from '../modules/memory-model/current-parameters';
import { MemoryModelService } from '../modules/memory-model/memory-model.service';
import { ParameterSets } from '../modules/memory-model/parameter-sets';

/** The memory-model service wired by hand: the CLI opens no Nest application. */
export function memoryModel(dataSource: DataSource, config: AppConfig): MemoryModelService {
  const sets = new ParameterSets(dataSource);
  return new MemoryModelService(
    dataSource,
    config,
    new CourseReviews(dataSource),
    sets,
    new CurrentParameters(sets, new SystemClock(), new Database(dataSource)),
  );
}
