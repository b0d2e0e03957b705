import {
  checkEnrolCsv,
  decodeSpreadsheet,
  fromServerDetail,
  parseCsv,
} from '../../web/src/enrol/enrol-csv';

describe('reading the spreadsheet in the browser', () => {
  it('numbers records as Excel numbers rows, quoted commas and line breaks included', () => {
    const records = parseCsv(
      '\uFEFFexternalId,name\r\nE1,"Chen, Gang"\r\n\r\nE2,"two\nlines"\r\nE3,x',
    );
    expect(records).toEqual([
      { row: 1, cells: ['externalId', 'name'] },
      { row: 2, cells: ['E1', 'Chen, Gang'] },
      { row: 4, cells: ['E2', 'two\nlines'] },
      { row: 6, cells: ['E3', 'x'] },
    ]);
  });

  it('names every bad cell by row and column, with the server’s rules', () => {
    const checked = checkEnrolCsv(
      'externalId,name,locale,deliveryTime\nE1,王丽,fr,09:00\n,李娜,zh,\nE1,张伟,,25:00\n',
    );
    expect(checked.problems).toEqual([
      { row: 2, field: 'locale', message: 'must be zh or en' },
      { row: 3, field: 'externalId', message: 'is required: 1 to 128 characters' },
      { row: 4, field: 'deliveryTime', message: expect.stringMatching(/HH:MM/) },
      { row: 4, field: 'externalId', message: '"E1" appears twice (also row 2)' },
    ]);
  });

  it('passes a good file with its rows, empty optional cells left out', () => {
    expect(checkEnrolCsv('externalId,name,locale\nE1,王丽,\nE2,Chen,en\n')).toEqual({
      rows: [
        { externalId: 'E1', name: '王丽' },
        { externalId: 'E2', name: 'Chen', locale: 'en' },
      ],
      problems: [],
    });
  });

  it('takes times, languages and ids as Excel and HR write them, as the server does', () => {
    const checked = checkEnrolCsv(
      'External ID,Name,Locale,Delivery Time\n"=""00123""",王丽,zh-CN,9:00\nE2,Chen,en-US,8:15 PM\nE3,张伟,中文,上午9:00:00\nE4,x,en,="12"\n',
    );
    expect(checked).toEqual({
      rows: [
        { externalId: '00123', name: '王丽', locale: 'zh', deliveryTime: '09:00' },
        { externalId: 'E2', name: 'Chen', locale: 'en', deliveryTime: '20:15' },
        { externalId: 'E3', name: '张伟', locale: 'zh', deliveryTime: '09:00' },
        { externalId: 'E4', name: 'x', locale: 'en', deliveryTime: '="12"' },
      ],
      problems: [{ row: 5, field: 'deliveryTime', message: expect.stringMatching(/HH:MM/) }],
    });
  });

  it('reads a file Excel saved in UTF-8 or, on a Chinese Windows, in GB18030', () => {
    const utf8 = Buffer.from('\uFEFFexternalId,name\nE1,王丽\n', 'utf8');
    // "externalId,name\nE1,王丽\n" as Excel writes it in GB18030 (王丽 = CD F5 C0 F6).
    const gb = Buffer.concat([
      Buffer.from('externalId,name\nE1,', 'ascii'),
      Buffer.from([0xcd, 0xf5, 0xc0, 0xf6]),
      Buffer.from('\n', 'ascii'),
    ]);
    for (const bytes of [utf8, gb])
      expect(checkEnrolCsv(decodeSpreadsheet(bytes)).rows).toEqual([
        { externalId: 'E1', name: '王丽' },
      ]);
  });

  it('refuses unknown or missing columns, and text that is not UTF-8', () => {
    expect(checkEnrolCsv('id,name,team\nE1,x,y\n').problems.map((p) => p.field)).toEqual([
      'id',
      'team',
      'externalId',
    ]);
    expect(checkEnrolCsv('externalId,name\nE1,\uFFFD\n').problems[0].field).toBe('(file)');
  });

  it('reads the server’s "row N, field" back into row and field', () => {
    expect(fromServerDetail({ field: 'row 5, locale', message: 'm' })).toEqual({
      row: 5,
      field: 'locale',
      message: 'm',
    });
    expect(fromServerDetail({ field: '(body)', message: 'm' }).row).toBe(0);
  });
});
