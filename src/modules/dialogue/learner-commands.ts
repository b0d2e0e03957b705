import { Injectable } from '@nestjs/common';
import { Command } from '../../core/dialogue/command-parser';
import {
  alreadyBound,
  help,
  languageInvalid,
  languageSet,
  noSessionScheduled,
  paused,
  progress,
  resumed,
  timeInvalid,
  timeSet,
} from '../../core/messages';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { ExtraPractice } from '../wechat/extra-practice.service';
import { LearnerContext, LearnerContexts } from './learner-context';
import { LearnerProgress } from './learner-progress.service';

/** What each command does and answers, in the learner's language. */
@Injectable()
export class LearnerCommands {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly contexts: LearnerContexts,
    private readonly progress: LearnerProgress,
    private readonly extra: ExtraPractice,
  ) {}

  /** The reply, or null when the command's answer went out as its own message. */
  async run(command: Command, context: LearnerContext): Promise<string | null> {
    const { learner, locale } = context;
    switch (command.name) {
      case 'help':
        return help(locale);
      case 'progress':
        return this.progressOf(context);
      case 'pause':
        await this.enrollments.setStatus(learner.id, 'paused');
        return paused(locale);
      case 'resume':
        await this.enrollments.setStatus(learner.id, 'active');
        return resumed(locale, { nextSession: await this.nextSessionNow(learner.id) });
      case 'time':
        await this.enrollments.updateLearner(learner.id, { deliveryTime: command.hhmm });
        return timeSet(locale, {
          hhmm: command.hhmm,
          nextSession: await this.nextSessionNow(learner.id),
        });
      case 'time-invalid':
        return timeInvalid(locale);
      case 'lang':
        await this.enrollments.updateLearner(learner.id, { locale: command.locale });
        return languageSet(command.locale);
      case 'lang-invalid':
        return languageInvalid(locale);
      case 'more':
        return this.extra.next(context);
      case 'join':
      case 'join-invalid':
        return alreadyBound(locale);
    }
  }

  private async progressOf(context: LearnerContext): Promise<string> {
    const { enrollment, audience, locale } = context;
    if (!enrollment || !audience) return noSessionScheduled(locale);
    return progress(locale, await this.progress.of(enrollment, audience.cohort));
  }

  /** The next session after a change of settings, which reschedules it. */
  private async nextSessionNow(learnerId: number): Promise<string> {
    return this.contexts.nextSession(await this.contexts.load(learnerId));
  }
}
