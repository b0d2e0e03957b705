import { Module } from '@nestjs/common';
import { AppSecrets } from './app-secrets';
import { BindingService } from './binding.service';
import { CohortService } from './cohort.service';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';
import { EnrollmentService } from './enrollment.service';
import { HolidayCalendars } from './holiday-calendars';

@Module({
  providers: [
    AppSecrets,
    BindingService,
    CohortService,
    EnrollmentCodes,
    EnrollmentSchedules,
    EnrollmentService,
    HolidayCalendars,
  ],
  exports: [
    BindingService,
    CohortService,
    EnrollmentCodes,
    EnrollmentSchedules,
    EnrollmentService,
    HolidayCalendars,
  ],
})
export class EnrollmentModule {}
