import { Between, DataSource } from 'typeorm';
import { addDays, instantAt } from '../../src/core/planning/local-time';
import { SeededRandom } from '../../src/core/simulation/seeded-random';
import {
  DailySessionEntity,
  OutboxMessageEntity,
  QuestionEntity,
  ReviewLogEntity,
} from '../../src/infra/db/entities';
import { CohortService } from '../../src/modules/enrollment/cohort.service';
import { EnrollmentService } from '../../src/modules/enrollment/enrollment.service';
import { LearnerLoop } from '../shared/learner-loop';
import { CAST, hesitation, Persona, reply } from './cast';
import { DemoApp } from './demo-app';
import { MockWeChat, Phone } from './mock-wechat';

export const ZONE = 'Asia/Shanghai';
export const FIRST_DAY = '2026-03-02';

export interface Learner {
  persona: Persona;
  learnerId: number;
  phone: Phone;
}

export interface DayFigures {
  date: string;
  sessions: number;
  answers: number;
  right: number;
  messages: number;
}

/** The first learner tries a few commands on these days (0 = the first Monday). */
const COMMANDS_BY_DAY: Record<number, string[]> = { 2: ['progress'], 4: ['more'] };

/** The dates the first learner tries commands on, worth showing in the transcript. */
export const COMMAND_DAYS = new Set(
  Object.keys(COMMANDS_BY_DAY).map((day) => addDays(FIRST_DAY, Number(day))),
);
const HESITATION_CHANCE = 0.05;

export const at = (date: string, hhmm: string): Date => instantAt(date, hhmm, ZONE);

/** HR's cohort, enrolled the evening before it starts; everyone joins with their code. */
export async function enrolAndJoin(
  demo: DemoApp,
  wechat: MockWeChat,
): Promise<{ cohortId: number; learners: Learner[] }> {
  const cohort = await demo.app.get(CohortService).create({
    name: 'Demo: Shanghai sales team',
    courseId: 'internal-negotiation',
    startDate: FIRST_DAY,
    timezone: ZONE,
  });
  const enrolled = await demo.app.get(EnrollmentService).enrol(
    cohort.id,
    CAST.map(({ externalId, name, locale }) => ({ externalId, name, locale })),
  );
  const learners: Learner[] = [];
  for (const [i, persona] of CAST.entries()) {
    const phone = wechat.phone(persona.name);
    demo.clock.advance(4 * 60_000);
    await phone.say(`${persona.locale === 'zh' ? '加入' : 'join'} ${enrolled[i].code}`);
    learners.push({ persona, learnerId: enrolled[i].learnerId, phone });
  }
  return { cohortId: cohort.id, learners };
}

/** One day: the 09:00 tick, everyone who shows up answers, and an evening tick for reminders. */
export async function simulateDay(
  demo: DemoApp,
  learners: Learner[],
  day: number,
  random: SeededRandom,
): Promise<DayFigures> {
  const date = addDays(FIRST_DAY, day);
  demo.clock.set(at(date, '09:00'));
  await demo.plan();
  await demo.send();
  for (const learner of learners) {
    if (!random.chance(learner.persona.attendance)) continue;
    demo.clock.set(at(date, '09:00'));
    demo.clock.advance(random.index(4 * 60 * 60_000));
    await answerSession(demo, learner, random);
    if (learner === learners[0]) {
      for (const command of COMMANDS_BY_DAY[day] ?? []) await learner.phone.say(command);
      await answerSession(demo, learner, random);
    }
  }
  demo.clock.set(at(date, '18:00'));
  await demo.plan();
  await demo.send();
  return figures(demo, date);
}

async function answerSession(demo: DemoApp, learner: Learner, random: SeededRandom): Promise<void> {
  const questions = demo.app.get(DataSource).getRepository(QuestionEntity);
  // The demo's learners answer over the mock WeChat, so no answer goes to grading directly.
  await new LearnerLoop(demo.app, 'demo').run(learner.learnerId, async (open) => {
    const question = await questions.findOneByOrFail({ id: open.questionId });
    demo.clock.advance(20_000 + random.index(100_000));
    if (random.chance(HESITATION_CHANCE)) await learner.phone.say(hesitation(learner.persona));
    const right = random.chance(learner.persona.accuracy);
    const asked = { type: question.type, answer: question.answer, choiceCount: open.choiceCount };
    await learner.phone.say(reply(asked, right, learner.persona, random));
    return true;
  });
}

async function figures(demo: DemoApp, date: string): Promise<DayFigures> {
  const dataSource = demo.app.get(DataSource);
  const day = Between(at(date, '00:00'), at(addDays(date, 1), '00:00'));
  const reviews = dataSource.getRepository(ReviewLogEntity);
  return {
    date,
    sessions: await dataSource.getRepository(DailySessionEntity).countBy({ localDate: date }),
    answers: await reviews.countBy({ reviewedAt: day }),
    right: await reviews.countBy({ reviewedAt: day, grade: 'right' }),
    messages: await dataSource.getRepository(OutboxMessageEntity).countBy({ sentAt: day }),
  };
}
