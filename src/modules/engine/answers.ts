import { Injectable } from '@nestjs/common';
import { parseAnswer } from '../../core/dialogue/answer-parser';
import { Grade } from '../../core/srs/grade';
import { GradingService, OpenPrompt } from './grading.service';
import { SessionRepository } from './session.repository';
import { Audience } from './session-texts';

/** A learner's reply to the bot, as the dialogue hands it over. */
export interface Reply {
  learnerId: number;
  text: string;
  /** The chat message id; a second delivery of the same message changes nothing. */
  inboundMessageId: string;
  /** Who answers, as the dialogue has just read them; saves grading a read. */
  audience?: Audience;
  /** The learner's open prompt (null: none), as the dialogue has just read it; else read here. */
  open?: OpenPrompt | null;
}

/**
 * What became of a reply. `graded`: the feedback is queued already. `not-an-answer`: the
 * prompt stays open for a better try. `expired`: the session closed at midnight before the
 * answer. `closed`: a twin delivery or answer got there first; nothing to say.
 */
export type ReplyOutcome =
  | { kind: 'graded'; grade: Grade; intervalDays: number; sessionDone: boolean }
  | { kind: 'no-open-prompt' }
  | { kind: 'not-an-answer'; prompt: OpenPrompt }
  | { kind: 'expired' }
  | { kind: 'closed' };

/** One answer, one call: opens the learner's prompt, reads the reply and grades it. */
@Injectable()
export class Answers {
  constructor(
    private readonly grading: GradingService,
    private readonly sessions: SessionRepository,
  ) {}

  async take(reply: Reply): Promise<ReplyOutcome> {
    const open =
      reply.open === undefined ? await this.grading.openPrompt(reply.learnerId) : reply.open;
    if (!open) return { kind: 'no-open-prompt' };
    const parsed = parseAnswer(reply.text, open);
    if (parsed.kind === 'invalid') return { kind: 'not-an-answer', prompt: open };
    const outcome = await this.grading.answer({
      promptId: open.promptId,
      value: parsed.value,
      rawReply: reply.text,
      inboundMessageId: reply.inboundMessageId,
      audience: reply.audience,
      nextQuestionId: open.nextQuestionId,
    });
    if (outcome.status === 'graded') {
      const { grade, intervalDays, sessionDone } = outcome;
      return { kind: 'graded', grade, intervalDays, sessionDone };
    }
    if (outcome.status === 'duplicate') return { kind: 'closed' };
    // Closed between reading and grading: by the midnight expiry, or by a twin answer.
    const status = await this.sessions.promptStatus(open.promptId);
    return status === 'expired' ? { kind: 'expired' } : { kind: 'closed' };
  }
}
