import { DisabledChatChannel } from './disabled-chat-channel';

describe('the chat channel of an instance without WeChat', () => {
  it('is never ready and refuses to send, so that no outbox row is claimed or marked sent', async () => {
    const channel = new DisabledChatChannel();
    expect(channel.isReady()).toBe(false);
    expect(channel.readyAccounts()).toEqual([]);
    await expect(
      channel.send({
        id: 1,
        learnerId: 2,
        botAccountId: null,
        kind: 'lesson',
        body: '王芳, today: ...',
      }),
    ).rejects.toThrow('BOT_ENABLED=false');
  });
});
