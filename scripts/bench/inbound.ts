import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { log } from 'wechaty';
import type { PuppetMock } from 'wechaty-puppet-mock';
import { ReviewLogEntity } from '../../src/infra/db/entities';
import { InboundMessage } from '../../src/modules/wechaty/chat-events';
import { InboundMessageHandler } from '../../src/modules/dialogue/inbound-message.handler';
import { PerContactQueue } from '../../src/modules/wechaty/per-contact-queue';
import { BotPool } from '../../src/modules/wechaty/bot-pool';
import { RawDatabase } from './bench-database';

export interface InboundFigures {
  answers: number;
  /** Review logs written: every answer should be graded once. */
  graded: number;
  concurrency: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /**
   * CPU time of the service process per answer (user + system), which other work on a
   * loaded machine inflates far less than the rate.
   */
  cpuMsPerAnswer: number;
}

/**
 * "1" answers every question type (A, or true), so each learner's open prompt is graded
 * whatever it asks; right or wrong costs the same.
 */
const ANSWER = '1';

/**
 * Answers pushed into the handler the bot's `message` event calls, in the per-contact order
 * the bot keeps, `concurrency` at a time; each learner answers their open prompt once.
 */
export async function benchHandler(
  app: INestApplicationContext,
  learnerIds: number[],
  concurrency: number,
): Promise<InboundFigures> {
  const handler = app.get(InboundMessageHandler);
  const queue = new PerContactQueue();
  return measure(app, learnerIds, concurrency, (id) => {
    const message: InboundMessage = {
      accountId: null,
      messageId: `bench-in-${id}`,
      contactId: `wx-bench-${id}`,
      contactAlias: `sc-bench-${id}`,
      text: ANSWER,
      isRoom: false,
      isSelf: false,
      isText: true,
    };
    return queue.run(message.contactId, () => handler.handle(message));
  });
}

/**
 * The same through Wechaty: a mock contact says the answer to the bot, the mock puppet
 * delivers it, and the time runs until the handler has finished with it.
 */
export async function benchPuppet(
  app: INestApplicationContext,
  raw: RawDatabase,
  learnerIds: number[],
  concurrency: number,
): Promise<InboundFigures> {
  const bot = app.get(BotPool);
  await bot.started();
  const wechaty = bot.wechaty;
  if (!wechaty) throw new Error('The WeChat bot did not start on the mock puppet');
  const mocker = (wechaty.puppet as PuppetMock).mocker;
  const coach = mocker.createContact({ name: 'Coach' });
  const loggedIn = new Promise((resolve) => wechaty.once('login', resolve));
  mocker.login(coach);
  await loggedIn;
  const contacts = new Map(
    learnerIds.map((id) => [id, mocker.createContact({ name: `Learner ${id}` })]),
  );
  for (const [id, contact] of contacts) {
    await raw.query('UPDATE learners SET wechat_contact_id = ? WHERE id = ?', [contact.id, id]);
  }
  const handled = whenHandled(app.get(InboundMessageHandler));
  const figures = await measure(app, learnerIds, concurrency, (id) => {
    const contact = contacts.get(id)!;
    const done = handled(contact.id);
    contact.say(ANSWER).to(coach);
    return done;
  });
  await bot.settled();
  return figures;
}

/** Quiet Wechaty, and never a real WeChat account: the bench runs on the mock puppet. */
export function mockPuppetEnvironment(): void {
  log.level('silent');
  for (const name of Object.keys(process.env))
    if (name.startsWith('WECHATY_')) delete process.env[name];
  process.env.WECHATY_PUPPET = 'wechaty-puppet-mock';
}

/** Resolves, per contact, once the handler has finished that contact's message. */
function whenHandled(handler: InboundMessageHandler): (contactId: string) => Promise<void> {
  const waiting = new Map<string, () => void>();
  const handle = handler.handle.bind(handler);
  handler.handle = async (message) => {
    await handle(message);
    waiting.get(message.contactId)?.();
  };
  return (contactId) => new Promise((resolve) => waiting.set(contactId, resolve));
}

async function measure(
  app: INestApplicationContext,
  learnerIds: number[],
  concurrency: number,
  answer: (learnerId: number) => Promise<void>,
): Promise<InboundFigures> {
  const logs = app.get(DataSource).getRepository(ReviewLogEntity);
  const before = await logs.count();
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < learnerIds.length) {
      const id = learnerIds[next++];
      const started = process.hrtime.bigint();
      await answer(id);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { user, system } = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    answers: learnerIds.length,
    graded: (await logs.count()) - before,
    concurrency,
    perSecond: learnerIds.length / seconds,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    cpuMsPerAnswer: (user + system) / 1000 / learnerIds.length,
  };
}
