import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { BotAccountsModule } from '../bot-accounts/bot-accounts.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { EngineModule } from '../engine/engine.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { CohortAdminService } from './cohorts/cohort-admin.service';
import { CohortsController } from './cohorts/cohorts.controller';
import { BodyShapeMiddleware } from '../../http/body-shape.middleware';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryAdminService } from './deliveries/delivery-admin.service';
import { CohortInvitesController } from './learners/cohort-invites.controller';
import { CohortLearnersController } from './learners/cohort-learners.controller';
import { InviteSheetService } from './learners/invite-sheet.service';
import { LearnerDirectoryService } from './learners/learner-directory.service';
import { LearnerErasureService } from './learners/learner-erasure.service';
import { LearnerImportService } from './learners/learner-import.service';
import { LearnerMoveService } from './learners/learner-move.service';
import { LearnersController } from './learners/learners.controller';

/** What HR runs: cohorts, enrolment, learners, and the outbox. */
@Module({
  imports: [BotAccountsModule, EnrollmentModule, DeliveryModule, EngineModule],
  controllers: [
    CohortsController,
    CohortLearnersController,
    CohortInvitesController,
    LearnersController,
    DeliveriesController,
  ],
  providers: [
    CohortAdminService,
    DeliveryAdminService,
    InviteSheetService,
    LearnerDirectoryService,
    LearnerErasureService,
    LearnerImportService,
    LearnerMoveService,
  ],
})
export class AdminModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(BodyShapeMiddleware)
      // Every route, not only these: any JSON body can be nested deep enough to overflow validation.
      .forRoutes('{*splat}');
  }
}
