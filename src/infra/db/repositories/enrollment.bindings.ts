import type { RepositoryBinding } from '.';
import { ErasureRepository } from '../../../modules/admin/learners/erasure.repository';
import { AppSettingRepository } from '../../../modules/enrollment/app-setting.repository';
import { CohortRepository } from '../../../modules/enrollment/cohort.repository';
import { EnrollmentCodeRepository } from '../../../modules/enrollment/enrollment-code.repository';
import { EnrollmentRepository } from '../../../modules/enrollment/enrollment.repository';
import { LearnerRepository } from '../../../modules/enrollment/learner.repository';
import { SqlAppSettingRepository } from './app-setting.sql-repository';
import { SqlCohortRepository } from './cohort.sql-repository';
import { SqlEnrollmentCodeRepository } from './enrollment-code.sql-repository';
import { SqlEnrollmentRepository } from './enrollment.sql-repository';
import { SqlErasureRepository } from './erasure.sql-repository';
import { SqlLearnerRepository } from './learner.sql-repository';

/** The enrollment and admin modules' repository ports and their SQL implementations. */
export const enrollmentBindings: RepositoryBinding[] = [
  { provide: AppSettingRepository, useClass: SqlAppSettingRepository },
  { provide: CohortRepository, useClass: SqlCohortRepository },
  { provide: EnrollmentCodeRepository, useClass: SqlEnrollmentCodeRepository },
  { provide: EnrollmentRepository, useClass: SqlEnrollmentRepository },
  { provide: ErasureRepository, useClass: SqlErasureRepository },
  { provide: LearnerRepository, useClass: SqlLearnerRepository },
];
