import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CohortEntity, EnrollmentEntity, LearnerEntity } from '../../src/infra/db/entities';
import { LearnerProgress } from '../../src/modules/dialogue/learner-progress.service';
import { DemoApp } from './demo-app';
import { ChatLine } from './mock-wechat';
import { DayFigures, ZONE } from './simulation';

const out = (line = ''): void => void process.stdout.write(`${line}\n`);

/** Terminal columns a text takes: Chinese characters and emoji take two. */
const width = (text: string): number =>
  [...text].reduce((n, ch) => n + (/[\u1100-\uffff\u{1f000}-\u{1faff}]/u.test(ch) ? 2 : 1), 0);
const pad = (text: string, columns: number): string =>
  text + ' '.repeat(Math.max(0, columns - width(text)));
const percent = (fraction: number | null): string =>
  fraction === null ? '-' : `${Math.round(fraction * 100)}%`;

const localDay = (date: string): string =>
  DateTime.fromISO(date, { zone: ZONE }).toFormat('ccc d LLL');

export function printDay(figures: DayFigures): void {
  const { date, sessions, answers, right, messages } = figures;
  const weekday = DateTime.fromISO(date, { zone: ZONE }).weekday;
  if (weekday === 1) out(`  week of ${localDay(date)}`);
  const detail =
    sessions === 0
      ? 'no sessions (weekend)'
      : `${sessions} sessions, ${answers} answers, ${percent(answers ? right / answers : null)} right`;
  out(`    ${pad(localDay(date), 11)} ${pad(detail, 42)} ${messages} messages sent`);
}

/** The chat as the learner saw it, one block per day; `days` picks which days to show. */
export function printTranscript(
  name: string,
  lines: ChatLine[],
  shown: (day: string, index: number) => boolean,
): void {
  const byDay = new Map<string, ChatLine[]>();
  for (const line of lines) {
    const day = DateTime.fromJSDate(line.at, { zone: ZONE }).toISODate()!;
    byDay.set(day, [...(byDay.get(day) ?? []), line]);
  }
  const all = [...byDay.keys()];
  let skipped = 0;
  for (const [i, day] of all.entries()) {
    if (!shown(day, i)) {
      skipped += 1;
      continue;
    }
    if (skipped > 0)
      out(
        `  … ${skipped} more ${skipped === 1 ? 'day' : 'days'} (npm run demo -- --full shows all) …\n`,
      );
    skipped = 0;
    out(`  ── ${localDay(day)} ${'─'.repeat(60)}`);
    for (const line of byDay.get(day)!) printLine(name, line);
    out();
  }
}

function printLine(name: string, line: ChatLine): void {
  const time = DateTime.fromJSDate(line.at, { zone: ZONE }).toFormat('HH:mm');
  const who = line.from === 'bot' ? 'Coach' : name;
  const [first, ...rest] = line.text.split('\n');
  out(`  ${time} ${pad(who, 8)} ${first}`);
  for (const next of rest) out(`${' '.repeat(17)}${next}`);
}

interface ReportRow {
  name: string;
  status: string;
  lessons: string;
  answers: number;
  accuracy: number | null;
  streak: number;
  due: number;
  mastered: number;
  atRisk: boolean | null;
}

const COLUMNS: Array<[string, number]> = [
  ['learner', 10],
  ['status', 9],
  ['lessons', 9],
  ['answers', 9],
  ['right', 7],
  ['streak', 8],
  ['due', 5],
  ['mastered', 10],
  ['at risk', 0],
];

const tableLine = (cells: string[]): string =>
  `  ${cells.map((cell, i) => pad(cell, COLUMNS[i][1])).join('')}`.trimEnd();

/**
 * The cohort's progress as HR reads it: `GET /api/v1/cohorts/:id/progress`; should that
 * route be missing, the same figures from the bot's own `progress` numbers.
 */
export async function printCohortReport(demo: DemoApp, cohortId: number): Promise<void> {
  const path = `/api/v1/cohorts/${cohortId}/progress`;
  const response = await fetch(`${demo.baseUrl}${path}?pageSize=50`, {
    headers: { Authorization: `Bearer ${demo.adminKey}` },
  });
  const report = response.ok ? ((await response.json()) as ApiReport) : null;
  const rows = report ? fromApi(report) : await fromDatabase(demo, cohortId);
  const today = DateTime.fromJSDate(demo.clock.now(), { zone: ZONE }).toISODate()!;
  out(`  Cohort progress on ${localDay(today)}, from ${report ? `GET ${path}` : 'the database'}:`);
  out();
  out(tableLine(COLUMNS.map(([title]) => title)));
  for (const row of rows) {
    const risk = row.atRisk === null ? '-' : row.atRisk ? 'yes' : 'no';
    const counts = [row.answers, row.accuracy, row.streak, row.due, row.mastered];
    const [answers, right, streak, due, mastered] = counts.map((n, i) =>
      i === 1 ? percent(n) : String(n),
    );
    out(
      tableLine([row.name, row.status, row.lessons, answers, right, streak, due, mastered, risk]),
    );
  }
  if (report) printTotals(report.totals);
}

function printTotals(totals: ApiReport['totals']): void {
  out();
  out(
    `  Cohort: ${totals.learners} learners, ${totals.bound} joined, ${totals.answers} answers, ` +
      `${percent(totals.accuracy)} right, mean recall now ${percent(totals.meanRetrievability)}, ` +
      `${totals.atRisk} at risk.`,
  );
}

interface ApiRow {
  name: string;
  status: string;
  lessonsDelivered: number;
  lessonsTotal: number;
  answers: number;
  accuracy: number | null;
  currentStreak: number;
  cardsDue: number;
  cardsMastered: number;
  atRisk: boolean;
}

interface ApiReport {
  learners: { items: ApiRow[] };
  totals: {
    learners: number;
    bound: number;
    answers: number;
    accuracy: number | null;
    meanRetrievability: number | null;
    atRisk: number;
  };
}

function fromApi(body: ApiReport): ReportRow[] {
  return body.learners.items.map((r) => ({
    name: r.name,
    status: r.status,
    lessons: `${r.lessonsDelivered}/${r.lessonsTotal}`,
    answers: r.answers,
    accuracy: r.accuracy,
    streak: r.currentStreak,
    due: r.cardsDue,
    mastered: r.cardsMastered,
    atRisk: r.atRisk,
  }));
}

async function fromDatabase(demo: DemoApp, cohortId: number): Promise<ReportRow[]> {
  const dataSource = demo.app.get(DataSource);
  const cohort = await dataSource.getRepository(CohortEntity).findOneByOrFail({ id: cohortId });
  const enrollments = await dataSource
    .getRepository(EnrollmentEntity)
    .find({ where: { cohortId }, order: { id: 'ASC' } });
  const rows: ReportRow[] = [];
  for (const enrollment of enrollments) {
    const learner = await dataSource
      .getRepository(LearnerEntity)
      .findOneByOrFail({ id: enrollment.learnerId });
    const view = await demo.app.get(LearnerProgress).of(enrollment, cohort);
    rows.push({
      name: learner.name ?? `#${learner.id}`,
      status: enrollment.status,
      lessons: `${view.lessonsDelivered}/${view.lessonsTotal}`,
      answers: view.answers,
      accuracy: view.answers > 0 ? view.accuracyPct / 100 : null,
      streak: view.streakDays,
      due: view.dueNow,
      mastered: view.mastered,
      atRisk: null,
    });
  }
  return rows;
}
