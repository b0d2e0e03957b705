import { Injectable } from '@nestjs/common';
import { parseCommand } from '../../core/dialogue/command-parser';
import {
  invalidAnswer,
  noOpenPrompt,
  noOpenPromptPaused,
  noOpenPromptSessionToday,
  noSessionScheduled,
  nonTextHint,
  sessionExpired,
} from '../../core/messages';
import { Answers } from '../engine/answers';
import { InboundMessage } from '../wechaty/chat-events';
import { LearnerCommands } from './learner-commands';
import { LearnerContext, LearnerContexts } from './learner-context';
import { Replies } from './replies';

/**
 * A bound learner's message: a command, an answer to the open prompt, or something that
 * gets a short hint. Feedback on an answer is queued by grading; everything else is
 * answered here, through the outbox.
 */
@Injectable()
export class LearnerDialogue {
  constructor(
    private readonly contexts: LearnerContexts,
    private readonly commands: LearnerCommands,
    private readonly answers: Answers,
    private readonly replies: Replies,
  ) {}

  /** `context`: the writer's, as LearnerContexts.ofContact read it. */
  async handle(context: LearnerContext, message: InboundMessage, key: string): Promise<void> {
    const reply = await this.replyTo(message, context, key);
    if (reply === null) return;
    await this.replies.toLearner(context.learner.id, `reply:${key}`, 'reply', reply);
  }

  private async replyTo(
    message: InboundMessage,
    context: LearnerContext,
    key: string,
  ): Promise<string | null> {
    if (!message.isText) return nonTextHint(context.locale);
    const command = parseCommand(message.text);
    if (command) return this.commands.run(command, context);
    return this.answer(message.text, context, key);
  }

  /** Grades a valid answer (its feedback is grading's reply); a hint keeps the prompt open. */
  private async answer(text: string, context: LearnerContext, key: string): Promise<string | null> {
    const outcome = await this.answers.take({
      learnerId: context.learner.id,
      text,
      inboundMessageId: key,
      audience: context.audience ?? undefined,
      open: context.openPrompt,
    });
    switch (outcome.kind) {
      case 'no-open-prompt':
        return this.nothingOpen(context);
      case 'not-an-answer':
        return invalidAnswer(context.locale, outcome.prompt);
      case 'expired':
        return sessionExpired(context.locale);
      default:
        return null;
    }
  }

  private nothingOpen(context: LearnerContext): string {
    const status = context.enrollment?.status;
    if (status === 'paused') return noOpenPromptPaused(context.locale);
    if (status !== 'active' || !context.enrollment?.nextSessionAt) {
      return noSessionScheduled(context.locale);
    }
    const view = { nextSession: this.contexts.nextSession(context) };
    return this.contexts.sessionLaterToday(context)
      ? noOpenPromptSessionToday(context.locale, view)
      : noOpenPrompt(context.locale, view);
  }
}
