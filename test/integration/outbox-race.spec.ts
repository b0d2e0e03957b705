import { DataSource } from 'typeorm';
import { Database } from '../../src/infra/db/database';
import { OutboxMessageEntity } from '../../src/infra/db/entities';
import { dataSourceOptions } from '../../src/infra/db/data-source-options';
import { Outbox } from '../../src/modules/delivery/outbox';
import { OutboxSender } from '../../src/modules/delivery/outbox-sender.service';
import { SqlOutboxRepository } from '../../src/infra/db/repositories/outbox.sql-repository';
import { RecordingChatChannel } from '../support/recording-chat-channel';
import { MovableClock } from '../../src/core/movable-clock';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const LEARNERS = 200;
const BATCH = 10;
// SQLite serves one process with one writer, so there the two senders take turns; MySQL and
// MariaDB serve several processes, so there they claim at the same time.
const concurrent = testEngine() !== 'sqlite';

/** Sends until a batch finds nothing due. */
async function drain(sender: OutboxSender): Promise<void> {
  while ((await sender.sendDue(BATCH)).claimed > 0);
}

/** Alternates batches until neither sender finds anything due. */
async function takeTurns(senders: OutboxSender[]): Promise<void> {
  let claimed = 1;
  while (claimed > 0) {
    claimed = 0;
    for (const sender of senders) claimed += (await sender.sendDue(BATCH)).claimed;
  }
}

describe(`outbox senders on two connection pools (${testEngine()})`, () => {
  let first: DataSource;
  let second: DataSource;
  let db: TestDatabase;
  const clock = new MovableClock('2026-03-02T01:00:00Z');

  beforeEach(async () => {
    ({ dataSource: first, db } = await createMigratedDataSource());
    second = new DataSource(dataSourceOptions(db.target));
    await second.initialize();
  });
  afterEach(async () => {
    await second.destroy();
    await closeTestDataSource(first, db);
  });

  it(`${LEARNERS} messages for ${LEARNERS} learners go out exactly once between two senders ${
    concurrent ? 'claiming at the same time' : 'taking turns'
  }`, async () => {
    const entries = Array.from({ length: LEARNERS }, (_, i) => ({
      learnerId: i + 1,
      dedupeKey: `race:${i + 1}`,
      kind: 'prompt',
      body: `prompt for learner ${i + 1}`,
    }));
    const [mainPool, otherPool] = [first, second].map((d) => new Database(d));
    const queue = (database: Database) => new SqlOutboxRepository(database);
    await mainPool.transaction(() => new Outbox(queue(mainPool)).enqueue(entries, clock.now()));
    const channels = [new RecordingChatChannel(), new RecordingChatChannel()];
    const senders = [
      new OutboxSender(queue(mainPool), clock, channels[0], Math.random),
      new OutboxSender(queue(otherPool), clock, channels[1], Math.random),
    ];

    await (concurrent ? Promise.all(senders.map(drain)) : takeTurns(senders));

    const [mine, theirs] = channels.map((c) => c.calls.map((m) => m.id));
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    expect(mine.filter((id) => theirs.includes(id))).toEqual([]);
    const rows = await first.getRepository(OutboxMessageEntity).find({ order: { id: 'ASC' } });
    expect([...mine, ...theirs].sort((x, y) => x - y)).toEqual(rows.map((r) => r.id));
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
