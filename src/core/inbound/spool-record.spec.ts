import {
  formatRecord,
  formatRecords,
  MAX_SPOOLED_TEXT,
  parseSpool,
  SpoolRecord,
} from './spool-record';

const record = (n: number, extra: Partial<SpoolRecord> = {}): SpoolRecord => ({
  messageId: `msg-${n}`,
  contactId: `wx-${n}`,
  contactAlias: n % 2 === 0 ? `sc-${n}` : null,
  text: n % 2 === 0 ? 'B' : '进度',
  isText: true,
  receivedAt: `2026-03-02T01:0${n}:00.000Z`,
  interrupted: false,
  ...extra,
});

describe('the inbound spool format', () => {
  it('reads back what it wrote, in order', () => {
    const records = [record(1), record(2), record(3, { interrupted: true })];
    expect(parseSpool(formatRecords(records))).toEqual({ records, damaged: 0, torn: false });
  });

  it('writes one line per record, even for a text with line breaks', () => {
    const line = formatRecord(record(1, { text: '第一行\n第二行' }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(parseSpool(line).records[0].text).toBe('第一行\n第二行');
  });

  it('drops a last line cut short by a crash, at any length', () => {
    const whole = formatRecords([record(1), record(2)]);
    const last = formatRecord(record(3));
    for (let cut = 1; cut < last.length; cut++) {
      const parsed = parseSpool(whole + last.slice(0, cut));
      expect(parsed.records).toEqual([record(1), record(2)]);
      expect(parsed).toMatchObject({ damaged: 0, torn: true });
    }
  });

  it('skips and counts a damaged line in the middle, keeping the records around it', () => {
    const text =
      formatRecord(record(1)) + '{"messageId": 7}\n' + 'garbage\n' + formatRecord(record(2));
    expect(parseSpool(text)).toEqual({ records: [record(1), record(2)], damaged: 2, torn: false });
  });

  it('reads an empty or missing spool as no records', () => {
    expect(parseSpool('')).toEqual({ records: [], damaged: 0, torn: false });
  });

  it('cuts an overlong text', () => {
    const line = formatRecord(record(1, { text: 'x'.repeat(MAX_SPOOLED_TEXT + 10) }));
    expect(parseSpool(line).records[0].text).toHaveLength(MAX_SPOOLED_TEXT);
  });
});
