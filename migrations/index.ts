import { CreateApiKeys1764460800000 } from './1764460800000-CreateApiKeys';
import { CreateCourses1764547200000 } from './1764547200000-CreateCourses';
import { CreateLearningEngine1764633600000 } from './1764633600000-CreateLearningEngine';
import { CreateInboundMessages1764720000000 } from './1764720000000-CreateInboundMessages';
import { AddProgressIndexes1764806400000 } from './1764806400000-AddProgressIndexes';
import { AddCohortStatus1764892800000 } from './1764892800000-AddCohortStatus';
import { AddApiKeyCohorts1764979200000 } from './1764979200000-AddApiKeyCohorts';
import { AddSealedEnrollmentCodes1764979200000 } from './1764979200000-AddSealedEnrollmentCodes';
import { CreateFsrsParameterSets1765152000000 } from './1765152000000-CreateFsrsParameterSets';
import { CoverCardProgress1765260000000 } from './1765260000000-CoverCardProgress';
import { CreateBotAccounts1765400000000 } from './1765400000000-CreateBotAccounts';
import { AddBotAccountQrCard1765400100000 } from './1765400100000-AddBotAccountQrCard';
import { PreciseNextSendAt1765400200000 } from './1765400200000-PreciseNextSendAt';
import { AddCohortLessonQuestions1765500000000 } from './1765500000000-AddCohortLessonQuestions';
import { CoverCardPlanning1765500100000 } from './1765500100000-CoverCardPlanning';

/** Every migration, oldest first; listed by hand so ts-node, jest and dist all find them. */
export const migrations = [
  CreateApiKeys1764460800000,
  CreateCourses1764547200000,
  CreateLearningEngine1764633600000,
  CreateInboundMessages1764720000000,
  AddProgressIndexes1764806400000,
  AddCohortStatus1764892800000,
  AddApiKeyCohorts1764979200000,
  AddSealedEnrollmentCodes1764979200000,
  CreateFsrsParameterSets1765152000000,
  CoverCardProgress1765260000000,
  CreateBotAccounts1765400000000,
  AddBotAccountQrCard1765400100000,
  PreciseNextSendAt1765400200000,
  AddCohortLessonQuestions1765500000000,
  CoverCardPlanning1765500100000,
];
