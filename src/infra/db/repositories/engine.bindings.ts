import type { RepositoryBinding } from '.';
import { CardRepository } from '../../../modules/engine/card.repository';
import { CurriculumRepository } from '../../../modules/engine/curriculum.repository';
import { EnrollmentPlanRepository } from '../../../modules/engine/enrollment-plan.repository';
import { SessionRepository } from '../../../modules/engine/session.repository';
import { SqlCardRepository } from './card.sql-repository';
import { SqlCurriculumRepository } from './curriculum.sql-repository';
import { SqlEnrollmentPlanRepository } from './enrollment-plan.sql-repository';
import { SqlSessionRepository } from './session.sql-repository';

/** The engine module's repository ports and their SQL implementations. */
export const engineBindings: RepositoryBinding[] = [
  { provide: SessionRepository, useClass: SqlSessionRepository },
  { provide: CardRepository, useClass: SqlCardRepository },
  { provide: EnrollmentPlanRepository, useClass: SqlEnrollmentPlanRepository },
  { provide: CurriculumRepository, useClass: SqlCurriculumRepository },
];
