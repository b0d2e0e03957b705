import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpoolRecord } from '../../core/inbound/spool-record';
import { SpoolFile } from './spool-file';

const record = (n: number): SpoolRecord => ({
  messageId: `msg-${n}`,
  contactId: `wx-${n}`,
  contactAlias: null,
  text: `answer ${n}`,
  isText: true,
  receivedAt: '2026-03-02T01:00:00.000Z',
  interrupted: false,
});

describe('the inbound spool file', () => {
  let folder: string;
  let path: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'spaced-coach-spool-'));
    path = join(folder, 'nested', 'inbound-spool.jsonl');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps records across a restart, in order, and deletes each once handled', () => {
    const { spool } = SpoolFile.open(path);
    expect(existsSync(path)).toBe(false);
    for (const n of [1, 2, 3]) spool.append(record(n));
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');

    const reopened = SpoolFile.open(path).spool;
    expect(reopened.size).toBe(3);
    expect(reopened.first()).toEqual(record(1));
    reopened.dropFirst();
    expect(readFileSync(path, 'utf8')).not.toContain('answer 1');
    expect(SpoolFile.open(path).spool.first()).toEqual(record(2));
    reopened.dropFirst();
    reopened.dropFirst();
    expect(existsSync(path)).toBe(false);
  });

  it('drops a torn last line left by a crash, and appends cleanly after it', () => {
    SpoolFile.open(path).spool.append(record(1));
    appendFileSync(path, '{"messageId":"msg-2","contac');
    const opening = SpoolFile.open(path);
    expect(opening).toMatchObject({ torn: true, damaged: 0 });
    opening.spool.append(record(3));
    expect(SpoolFile.open(path)).toMatchObject({ torn: false, damaged: 0 });
    const { spool } = SpoolFile.open(path);
    expect([spool.first(), spool.size]).toEqual([record(1), 2]);
  });
});
