import { FileBox } from 'file-box';
import { DataSource } from 'typeorm';
import { InboundMessageEntity, ReviewLogEntity } from '../../src/infra/db/entities';
import { ContentRoot, lesson } from '../factories/course-files';
import { testEngine } from '../support/test-database';
import { enrolByHr } from '../support/wechat-enrolment';
import { WechatHarness } from '../support/wechat-harness';
import { WechatLearner } from '../support/wechat-learner';
import { shanghai as local } from '../support/wechat-pilot';

const COURSE = {
  id: 'mini-course',
  modules: [{ id: 'basics', lessons: [lesson('first-lesson', ['a1', 'a2', 'a3'])] }],
};

const COHORT = {
  name: 'Pilot',
  courseId: 'mini-course',
  startDate: '2026-03-02',
  timezone: 'Asia/Shanghai',
};

const SEND_YOUR_CODE = [
  '你好！请发送 HR 给你的 6 位邀请码，例如「加入 K7P4QX」。',
  'Hi! Please send the 6-character code you got from HR, e.g. “join K7P4QX”.',
].join('\n');

const picture = () =>
  FileBox.fromBase64(Buffer.from('not really a png').toString('base64'), 'photo.png');

describe(`the WeChat bot, when things go sideways (${testEngine()})`, () => {
  let content: ContentRoot;
  let h: WechatHarness;
  let n = 0;

  beforeAll(async () => {
    content = new ContentRoot().write(COURSE);
    h = await WechatHarness.start(content);
  });
  afterAll(async () => {
    await h?.close();
    content.remove();
  });

  /** A new learner, enrolled by HR and joined over WeChat; returns their code and number too. */
  async function newLearner(
    name: string,
  ): Promise<{ me: WechatLearner; code: string; learnerId: number }> {
    const [{ code, learnerId }] = (
      await enrolByHr(h.t, { ...COHORT, name: `Cohort ${++n}` }, [{ externalId: `E${n}`, name }])
    ).learners;
    const me = h.learner(name);
    expect(await me.say(code)).toEqual([expect.stringMatching(new RegExp(`^${name}，你好！`))]);
    return { me, code, learnerId };
  }

  /** Monday 09:00 in Shanghai: everyone joined gets the first prompt. */
  async function firstPrompt(me: WechatLearner): Promise<void> {
    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    expect(me.received.at(-1)).toContain('第 1 题（共 3 题）');
  }

  it('gives a contact who has not joined the code hint at most once an hour', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const stranger = h.learner('路人');
    expect(await stranger.say('你好')).toEqual([SEND_YOUR_CODE]);
    h.t.clock.advance(59 * 60_000);
    expect(await stranger.say('在吗？')).toEqual([]);
    expect(await stranger.say(picture())).toEqual([]);
    h.t.clock.advance(60_000);
    expect(await stranger.say('hello?')).toEqual([SEND_YOUR_CODE]);
  });

  it('tells a contact at once, in both languages, that a code is wrong or used', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const stranger = h.learner('打错字');
    expect(await stranger.say('join ZZZ999')).toEqual([
      '这个邀请码无效，请核对后重新发送，或联系 HR。\nThat code isn’t valid. Please check it and send it again, or ask HR.',
    ]);
    const { code } = await newLearner('周杰');
    expect(await stranger.say(code)).toEqual([
      '这个邀请码已经使用过了。如果你换了微信号，请联系 HR 重新获取。\nThis code has already been used. If you have changed WeChat accounts, ask HR for a new code.',
    ]);
  });

  it('grades a message the puppet delivers twice once, and records none of its own', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const { me } = await newLearner('王丽');
    await firstPrompt(me);
    const dataSource = h.t.app.get(DataSource);
    const inbound = () => dataSource.getRepository(InboundMessageEntity).count();
    const reviews = () => dataSource.getRepository(ReviewLogEntity).count();
    const [recorded, reviewed] = [await inbound(), await reviews()];
    const echo = h.ownMessage();

    const replies = await me.sayTwiceDelivered('B');
    await echo;
    await h.bot.settled();
    expect(replies).toEqual([expect.stringMatching(/^✅ 答对了！[\s\S]*第 2 题（共 3 题）/)]);
    expect(await reviews()).toBe(reviewed + 1);
    expect(await inbound()).toBe(recorded + 1);
  });

  it('ignores group chats, and answers a picture with a hint; the prompt stays open', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const { me } = await newLearner('陈刚');
    await firstPrompt(me);
    const room = h.mocker.createRoom({
      topic: '销售群',
      memberIdList: [h.botUser.id, me.contact.id],
    });
    expect(await me.sayInRoom(room, 'B')).toEqual([]);
    expect(await me.say(picture())).toEqual([
      '我目前只能读取文字消息。答题请直接回复选项字母，例如 B；查看指令请回复「帮助」。',
    ]);
    expect(await me.say('B')).toEqual([expect.stringMatching(/^✅ 答对了！[\s\S]*第 2 题/)]);
  });

  it('keeps a learner whose contact has a new id after a re-login, by the alias it set', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const setAlias = jest.spyOn(h.mocker.puppet, 'contactAlias');
    const { me: before, learnerId } = await newLearner('林悦');
    const { wechatAlias } = await h.learnerRow(learnerId);
    expect(wechatAlias).toMatch(/^sc-[0-9a-f]{12}$/);
    expect(setAlias).toHaveBeenCalledWith(before.contact.id, wechatAlias);
    await firstPrompt(before);

    const after = await reloginWithNewIds(before, wechatAlias!);
    expect(await after.say('B')).toEqual([expect.stringMatching(/^✅ 答对了！[\s\S]*第 2 题/)]);
    expect((await h.learnerRow(learnerId)).wechatContactId).toBe(after.contact.id);
  });

  it('reaches a learner after a re-login before the learner writes, by the alias', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const { me: before, learnerId } = await newLearner('赵敏');
    const { wechatAlias } = await h.learnerRow(learnerId);
    const after = await reloginWithNewIds(before, wechatAlias!);

    await firstPrompt(after);
    expect(after.received).toEqual([expect.stringMatching(/^📘 第 1 天/)]);
    expect((await h.learnerRow(learnerId)).wechatContactId).toBe(after.contact.id);
  });

  it('sends nothing while logged out, and what waited once logged in again', async () => {
    h.t.clock.set(local('2026-03-02', '08:00'));
    const { me } = await newLearner('新同事');
    await h.logout();
    h.t.clock.set(local('2026-03-02', '09:00'));
    await h.tick();
    const waiting = me.received.length;
    await h.login();
    await h.flush();
    expect(me.received.slice(waiting)).toEqual([expect.stringMatching(/^📘 第 1 天/)]);
  });

  it('accepts a friend request whose greeting holds a valid code, and welcomes the learner', async () => {
    const accept = jest.spyOn(h.mocker.puppet, 'friendshipAccept').mockClear();
    const [{ code, learnerId }] = (
      await enrolByHr(h.t, { ...COHORT, name: 'Friends' }, [{ externalId: 'F1', name: '孙莉' }])
    ).learners;
    const newcomer = h.learner('孙莉');
    const id = await h.friendRequest(newcomer.contact, `我是孙莉，邀请码 ${code.toLowerCase()}`);
    expect(accept).toHaveBeenCalledWith(id);
    expect(newcomer.received).toEqual([expect.stringMatching(/^孙莉，你好！欢迎加入/)]);
    expect((await h.learnerRow(learnerId)).wechatContactId).toBe(newcomer.contact.id);
  });

  it('leaves a friend request without a valid code pending', async () => {
    const accept = jest.spyOn(h.mocker.puppet, 'friendshipAccept').mockClear();
    const stranger = h.learner('推销员');
    await h.friendRequest(stranger.contact, '我是推销员，thanks');
    expect(accept).not.toHaveBeenCalled();
    expect(stranger.received).toEqual([]);
  });

  /**
   * A re-login as WeChat does it: every contact gets a new id and keeps its alias. The mock
   * ignores `contact.alias(x)`, so the new contact is created with the alias the bot set.
   */
  async function reloginWithNewIds(before: WechatLearner, alias: string): Promise<WechatLearner> {
    await h.logout();
    h.mocker.cacheContactPayload.delete(before.contact.id);
    const after = h.learner(before.contact.payload.name, alias);
    await h.login();
    await h.mocker.puppet.contactPayloadDirty(before.contact.id);
    return after;
  }
});
