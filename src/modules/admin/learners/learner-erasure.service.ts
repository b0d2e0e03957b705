import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../../core/clock';
import {
  DailySessionEntity,
  EnrollmentCodeEntity,
  EnrollmentEntity,
  InboundMessageEntity,
  LearnerEntity,
  OutboxMessageEntity,
  ReviewLogEntity,
  SessionPromptEntity,
} from '../../../infra/db/entities';
import { EnrollmentService } from '../../enrollment/enrollment.service';
import { ErasureResponse } from './dto/learner.response';
import { eraseTraces } from '../../../infra/db/erase-traces';
import { runTransaction } from '../../../infra/db/transactions';
import { ChatChannel } from '../../delivery/chat-channel';

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
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly enrollments: EnrollmentService,
    private readonly channel: ChatChannel,
  ) {}

  async erase(learnerId: number): Promise<ErasureResponse> {
    const { wechatContactId } = await this.enrollments.liveLearner(learnerId);
    const now = this.clock.now();
    await runTransaction(this.dataSource, async (m) => {
      const enrollmentIds = (
        await m.find(EnrollmentEntity, { select: { id: true }, where: { learnerId } })
      ).map((e) => e.id);
      await this.forgetPerson(m, learnerId, now);
      await this.stopTeaching(m, enrollmentIds, now);
      await this.forgetWords(m, learnerId, enrollmentIds);
    });
    await this.leaveNoTrace(learnerId, wechatContactId);
    return { learnerId, erasedAt: now };
  }

  private async leaveNoTrace(learnerId: number, contactId: string | null): Promise<void> {
    if (!(await eraseTraces(this.dataSource))) {
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

  /** Name, HR's id, the WeChat binding and alias, and settings that could single them out. */
  private async forgetPerson(m: EntityManager, learnerId: number, now: Date): Promise<void> {
    await m.update(
      LearnerEntity,
      { id: learnerId },
      {
        externalId: null,
        name: null,
        locale: null,
        timezone: null,
        deliveryTime: null,
        wechatContactId: null,
        wechatAlias: null,
        boundAt: null,
        erasedAt: now,
        updatedAt: now,
      },
    );
    await m.update(
      EnrollmentCodeEntity,
      { learnerId, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  /** No session, reminder or prompt may reach a person who is no longer there. */
  private async stopTeaching(m: EntityManager, enrollmentIds: number[], now: Date): Promise<void> {
    if (enrollmentIds.length === 0) return;
    await m.update(
      EnrollmentEntity,
      { id: In(enrollmentIds), status: In(['active', 'paused']) },
      { status: 'withdrawn', updatedAt: now },
    );
    await m.update(EnrollmentEntity, { id: In(enrollmentIds) }, { nextSessionAt: null });
    await m.update(
      SessionPromptEntity,
      { enrollmentId: In(enrollmentIds), status: 'open' },
      { status: 'expired', closedAt: now },
    );
    await m.update(
      DailySessionEntity,
      { enrollmentId: In(enrollmentIds), status: 'open' },
      { status: 'expired', reminderAt: null },
    );
  }

  /**
   * Their replies as typed, the WeChat ids of their messages (which WeChat could tie back to
   * them), and the texts sent to them (a welcome names them). Bodies are blanked before rows
   * are deleted, so a deleted row's page holds no name either.
   */
  private async forgetWords(
    m: EntityManager,
    learnerId: number,
    enrollmentIds: number[],
  ): Promise<void> {
    if (enrollmentIds.length > 0) {
      await m.update(
        ReviewLogEntity,
        { enrollmentId: In(enrollmentIds) },
        { rawReply: null, inboundMessageId: null },
      );
    }
    await m.delete(InboundMessageEntity, { learnerId });
    await m.update(OutboxMessageEntity, { learnerId }, { body: '' });
    await m.delete(OutboxMessageEntity, { learnerId, status: In(['pending', 'failed']) });
  }
}
