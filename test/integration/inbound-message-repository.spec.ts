import { DataSource } from 'typeorm';
import { Database } from '../../src/infra/db/database';
import { SqlInboundMessageRepository } from '../../src/infra/db/repositories/inbound-message.sql-repository';
import {
  closeTestDataSource,
  createMigratedDataSource,
  testEngine,
  TestDatabase,
} from '../support/test-database';

const receivedAt = new Date('2026-03-09T02:00:00Z');
const message = (messageId: string) => ({ messageId, learnerId: null, receivedAt });

describe(`the record of chat messages acted on (${testEngine()})`, () => {
  let dataSource: DataSource;
  let db: TestDatabase;
  let messages: SqlInboundMessageRepository;

  beforeAll(async () => {
    ({ dataSource, db } = await createMigratedDataSource());
    messages = new SqlInboundMessageRepository(new Database(dataSource));
  });
  afterAll(() => closeTestDataSource(dataSource, db));

  it('lets one of two deliveries of a message through, even when they arrive together', async () => {
    const outcomes = await Promise.all([
      messages.recordOnce(message('wx-msg-1')),
      messages.recordOnce(message('wx-msg-1')),
    ]);
    expect(outcomes.sort()).toEqual([false, true]);
    expect(await messages.recordOnce(message('wx-msg-1'))).toBe(false);
  });

  it('takes a forgotten message again, so that a redelivery is handled', async () => {
    expect(await messages.recordOnce(message('wx-msg-2'))).toBe(true);
    await messages.forget('wx-msg-2');
    expect(await messages.recordOnce(message('wx-msg-2'))).toBe(true);
  });
});
