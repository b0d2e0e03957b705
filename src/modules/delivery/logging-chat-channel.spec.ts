import { Logger } from '@nestjs/common';
import { LoggingChatChannel } from './logging-chat-channel';

describe('logging chat channel', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs one line naming only the learner number, with the first 60 characters', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation();
    const body = `Today: ask for the mandate\nbefore you meet the buyer. ${'x'.repeat(80)}`;
    await new LoggingChatChannel().send({ id: 7, learnerId: 42, kind: 'lesson', body });
    expect(log).toHaveBeenCalledWith(
      `[outbox] to learner #42 (lesson): ${body.replace('\n', ' ').slice(0, 60)}...`,
    );
  });

  it('a short message is logged whole and the channel is always ready', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation();
    const channel = new LoggingChatChannel();
    await channel.send({ id: 8, learnerId: 3, kind: 'feedback', body: 'Right: B.' });
    expect(log).toHaveBeenCalledWith('[outbox] to learner #3 (feedback): Right: B.');
    expect(channel.isReady()).toBe(true);
  });
});
