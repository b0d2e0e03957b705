import 'reflect-metadata';
import { SeededRandom } from '../src/core/simulation/seeded-random';
import { CAST } from './demo/cast';
import { DemoApp } from './demo/demo-app';
import { MockWeChat } from './demo/mock-wechat';
import { printCohortReport, printDay, printTranscript } from './demo/report';
import { at, COMMAND_DAYS, enrolAndJoin, FIRST_DAY, simulateDay } from './demo/simulation';

const WEEKS = 3;
const out = (line = ''): void => void process.stdout.write(`${line}\n`);

/**
 * `npm run demo`: the whole service with no WeChat account and no network. A mock WeChat
 * plays five learners through three weeks of the internal-negotiation course, the clock
 * moved day by day; then one learner's chat and the cohort's progress. `--full` prints
 * every day of the chat.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const full = process.argv.includes('--full');
  out('spaced-coach demo: a mock WeChat, a temporary SQLite database, and a clock that moves.');
  out();
  const demo = await DemoApp.start(at('2026-03-01', '20:00'));
  try {
    const wechat = await MockWeChat.login(demo);
    const { cohortId, learners } = await enrolAndJoin(demo, wechat);
    out(
      `  HR enrolled ${learners.length} learners on Sunday evening; each joined with their code:`,
    );
    out(
      `  ${CAST.map((p) => `${p.name} (${Math.round(p.accuracy * 100)}% right${p.attendance < 1 ? `, shows up ${Math.round(p.attendance * 100)}% of days` : ''})`).join(', ')}.`,
    );
    out();
    const random = new SeededRandom(2026);
    for (let day = 0; day < WEEKS * 7; day++)
      printDay(await simulateDay(demo, learners, day, random));
    out();
    const [first] = learners;
    out(
      `  ${first.persona.name}'s chat${full ? '' : ' on the days she joined, began, and tried a command'}:`,
    );
    out();
    printTranscript(
      first.persona.name,
      first.phone.transcript,
      (day, i) => full || i < 2 || COMMAND_DAYS.has(day),
    );
    await printCohortReport(demo, cohortId);
  } finally {
    await demo.close();
  }
  out();
  out(
    `Done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (from ${FIRST_DAY}, ${WEEKS} simulated weeks). Nothing is left running; the temporary database is gone.`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
