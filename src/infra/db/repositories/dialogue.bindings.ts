import type { RepositoryBinding } from '.';
import { InboundMessageRepository } from '../../../modules/dialogue/inbound-message.repository';
import { LearnerContextRepository } from '../../../modules/dialogue/learner-context.repository';
import { LearnerProgressRepository } from '../../../modules/dialogue/learner-progress.repository';
import { DatabaseProbe } from '../../../modules/health/database-probe';
import { LearnerContactRepository } from '../../../modules/wechaty/learner-contact.repository';
import { SqlDatabaseProbe } from './database-probe.sql-repository';
import { SqlInboundMessageRepository } from './inbound-message.sql-repository';
import { SqlLearnerContactRepository } from './learner-contact.sql-repository';
import { BotLeaseRepository } from '../../../modules/wechaty/bot-lease.repository';
import { SqlBotLeaseRepository } from './bot-lease.sql-repository';
import { SqlLearnerContextRepository } from './learner-context.sql-repository';
import { SqlLearnerProgressRepository } from './learner-progress.sql-repository';

/** The ports of the dialogue, the WeChat adapter and health, and their SQL implementations. */
export const dialogueBindings: RepositoryBinding[] = [
  { provide: InboundMessageRepository, useClass: SqlInboundMessageRepository },
  { provide: LearnerContextRepository, useClass: SqlLearnerContextRepository },
  { provide: LearnerProgressRepository, useClass: SqlLearnerProgressRepository },
  { provide: LearnerContactRepository, useClass: SqlLearnerContactRepository },
  { provide: BotLeaseRepository, useClass: SqlBotLeaseRepository },
  { provide: DatabaseProbe, useClass: SqlDatabaseProbe },
];
