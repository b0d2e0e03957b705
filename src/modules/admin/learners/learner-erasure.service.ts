import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../../core/clock';
import { Transactor } from '../../../core/transactor';
import { ChatChannel } from '../../delivery/chat-channel';
import { EnrollmentRepository } from '../../enrollment/enrollment.repository';
import { EnrollmentService } from '../../enrollment/enrollment.service';
import { ErasureResponse } from './dto/learner.response';
import { ErasureRepository } from './erasure.repository';

/**
 * Erases a person, keeping what they did as anonymous statistics: the review logs' grades,
 * choices and FSRS states, the cards and sessions stay; everything that names or reaches the
 * person goes, in one transaction. Then the old values leave the disk too: SQLite's
 * write-ahead log is checkpointed (secure_delete zeroes them in the file) and the chat
 * channel drops its cached contact.
 */
@Injectable()
export class LearnerErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    private readonly transactor: Transactor,
    private readonly erasure: ErasureRepository,
    private readonly enrollmentRows: EnrollmentRepository,
    private readonly clock: Clock,
    private readonly enrollments: EnrollmentService,
    private readonly channel: ChatChannel,
  ) {}

  async erase(learnerId: number): Promise<ErasureResponse> {
    const { wechatContactId } = await this.enrollments.liveLearner(learnerId);
    const now = this.clock.now();
    await this.transactor.run(async () => {
      const enrollmentIds = (await this.enrollmentRows.ofLearner(learnerId)).map((e) => e.id);
      await this.erasure.forgetPerson(learnerId, now);
      await this.erasure.stopTeaching(enrollmentIds, now);
      await this.erasure.forgetWords(learnerId, enrollmentIds);
    });
    await this.leaveNoTrace(learnerId, wechatContactId);
    return { learnerId, erasedAt: now };
  }

  private async leaveNoTrace(learnerId: number, contactId: string | null): Promise<void> {
    if (!(await this.erasure.eraseTraces())) {
      this.logger.warn(
        `Learner ${learnerId}: the checkpoint after erasure was busy; retried later`,
      );
    }
    if (contactId === null) return;
    try {
      await this.channel.forgetContact(contactId);
    } catch (error) {
      this.logger.error(
        `Learner ${learnerId}: the chat cache could not forget the contact: ${String(error)}`,
      );
    }
  }
}
