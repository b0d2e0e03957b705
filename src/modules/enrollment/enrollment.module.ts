import { Module } from '@nestjs/common';
import { AppSecrets } from './app-secrets';
import { BindingService } from './binding.service';
import { CalendarWarnings } from './calendar-warnings';
import { CohortService } from './cohort.service';
import { EnrollmentCodes } from './enrollment-codes';
import { EnrollmentSchedules } from './enrollment-schedule';
import { EnrollmentService } from './enrollment.service';
import { HolidayCalendars } from './holiday-calendars';

@Module({
  providers: [
    AppSecrets,
    BindingService,
    CalendarWarnings,
    CohortService,
    EnrollmentCodes,
    EnrollmentSchedules,
    EnrollmentService,
    HolidayCalendars,
  ],
  exports: [
    BindingService,
    CalendarWarnings,
    CohortService,
    EnrollmentCodes,
    EnrollmentSchedules,
    EnrollmentService,
    HolidayCalendars,
  ],
})
export class EnrollmentModule {}
