import { INestApplicationContext } from '@nestjs/common';
// The loop's only way into the engine: the prompt a learner has open, and grading an answer.
import {
  AnswerInput,
  AnswerOutcome,
  GradingService,
  OpenPrompt,
} from '../../src/modules/delivery/grading.service';

export type { AnswerOutcome, OpenPrompt };

/** What a learner does with their open prompt; `false` stops them for now. */
export type Turn = (open: OpenPrompt) => Promise<boolean>;

/**
 * A learner working through their open prompts one at a time, as the test support, the
 * simulator and the demo play them: each decides how its learner answers (and through what:
 * grading directly or the chat), the loop decides which prompt comes next and when it ends.
 */
export class LearnerLoop {
  private readonly grading: GradingService;
  private inbound = 0;

  /** `inboundPrefix` names the chat message ids of the answers, e.g. "sim" for "sim-1". */
  constructor(
    app: INestApplicationContext,
    private readonly inboundPrefix: string,
  ) {
    this.grading = app.get(GradingService);
  }

  /** Hands the learner's open prompt to `turn` until none is open or the turn stops. */
  async run(learnerId: number, turn: Turn): Promise<void> {
    for (;;) {
      const open = await this.grading.openPrompt(learnerId);
      if (!open || !(await turn(open))) return;
    }
  }

  /**
   * Grades `value` as the dialogue hands a parsed reply over, each under a new message id;
   * the reply as typed is `value` itself unless `rawReply` says otherwise ("选B" for "B").
   */
  answer(
    open: OpenPrompt,
    value: string,
    { rawReply, audience }: Pick<Partial<AnswerInput>, 'rawReply' | 'audience'> = {},
  ): Promise<AnswerOutcome> {
    return this.grading.answer({
      promptId: open.promptId,
      value,
      rawReply: rawReply ?? value,
      inboundMessageId: `${this.inboundPrefix}-${++this.inbound}`,
      audience,
    });
  }
}
