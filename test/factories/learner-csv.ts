const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '欧阳',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
];

export interface CsvLearner {
  externalId: string;
  name: string;
  locale: string;
  deliveryTime: string;
}

/**
 * `count` learners as HR's spreadsheet holds them: Chinese names (some with a comma, as an
 * export of "family, given" would have), mostly zh, a few en, delivery times through the day.
 */
export function spreadsheetLearners(count: number, prefix = 'E'): CsvLearner[] {
  return Array.from({ length: count }, (_, i) => ({
    externalId: `${prefix}${String(i + 1).padStart(4, '0')}`,
    name:
      i % 25 === 3
        ? `${SURNAMES[i % SURNAMES.length]}, ${GIVEN[(i * 7) % GIVEN.length]}`
        : `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
    locale: i % 10 === 9 ? 'en' : i % 3 === 0 ? '' : 'zh',
    deliveryTime: `${String(7 + (i % 12)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`,
  }));
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The file Excel writes with "CSV UTF-8": a byte-order mark, CRLF, quotes where needed. */
export function excelCsv(learners: CsvLearner[]): string {
  const header = 'externalId,name,locale,deliveryTime';
  const rows = learners.map((l) =>
    [l.externalId, l.name, l.locale, l.deliveryTime].map(cell).join(','),
  );
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
