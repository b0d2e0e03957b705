import {
  InMemoryLearnerContacts,
  learnerRecord,
} from '../../../test/factories/learner-contacts.fake';
import { MovableClock } from '../../core/movable-clock';
import { LearnerContacts } from './learner-contacts';

describe('which learner a WeChat contact is', () => {
  const clock = new MovableClock('2026-03-09T02:00:00Z');
  const bound = learnerRecord({
    id: 7,
    wechatContactId: 'wxid_old',
    wechatAlias: 'sc-0a1b2c3d4e5f',
  });

  it('finds the learner by contact id', async () => {
    const contacts = new LearnerContacts(new InMemoryLearnerContacts([bound]), clock);
    expect((await contacts.learnerOf('wxid_old', null))?.id).toBe(7);
  });

  it("after a re-login finds the learner by the bot's alias and stores the new contact id", async () => {
    const store = new InMemoryLearnerContacts([bound]);
    const contacts = new LearnerContacts(store, clock);

    const found = await contacts.learnerOf('wxid_new', 'sc-0a1b2c3d4e5f');

    expect(found).toMatchObject({ id: 7, wechatContactId: 'wxid_new' });
    expect(store.learners.get(7)).toMatchObject({
      wechatContactId: 'wxid_new',
      updatedAt: clock.now(),
    });
    expect(await contacts.addressOf(7)).toEqual({
      contactId: 'wxid_new',
      alias: 'sc-0a1b2c3d4e5f',
    });
  });

  it("takes no one for a learner by a remark the bot did not give, even one a learner's alias equals", async () => {
    const remarked = learnerRecord({ id: 8, wechatContactId: 'wxid_x', wechatAlias: 'Lily' });
    const contacts = new LearnerContacts(new InMemoryLearnerContacts([remarked]), clock);
    expect(await contacts.learnerOf('wxid_stranger', 'Lily')).toBeNull();
  });

  it('finds no contact for an erased learner, so nothing is sent to one', async () => {
    const erased = { ...bound, erasedAt: clock.now() };
    const contacts = new LearnerContacts(new InMemoryLearnerContacts([erased]), clock);
    expect(await contacts.learnerOf('wxid_old', 'sc-0a1b2c3d4e5f')).toBeNull();
    await expect(contacts.addressOf(7)).rejects.toThrow('Learner #7 has no WeChat contact');
  });
});
