import { Injectable, Logger } from '@nestjs/common';
import { codesInGreeting } from '../../core/dialogue/friend-request-greeting';
import { FriendRequest } from '../wechaty/chat-events';
import { Joining } from './joining.service';

/**
 * Friend requests: one whose greeting holds a valid code is accepted and the learner joins
 * at once; any other is left pending for a person to look at. Binding is the only check a
 * code has, so it comes first; a request accepted and then not bound cannot happen.
 */
@Injectable()
export class FriendRequests {
  private readonly logger = new Logger('WeChat');

  constructor(private readonly joining: Joining) {}

  async consider(request: FriendRequest): Promise<void> {
    for (const code of codesInGreeting(request.greeting)) {
      const result = await this.joining.bind(code, request.contactId, request.accountId);
      if (result.status !== 'bound') continue;
      await request.accept();
      await this.joining.welcome(result.learner);
      return;
    }
    this.logger.log('A friend request was left pending: its greeting holds no valid code');
  }
}
