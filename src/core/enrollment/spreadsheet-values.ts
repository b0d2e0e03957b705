/*
 * What spreadsheets and people write for a time or a language, brought to the forms the
 * import takes (HH:MM, zh, en). Anything not recognised is returned as it is, so the usual
 * check names it in the 400.
 */

// 9:00, 09:00:00, 9:00 AM, 9:00pm, 上午9:00, 下午 2:30 (Excel's Chinese AM/PM).
const TIME = /^(上午|下午)?\s*(\d{1,2}):(\d{2})(?::00)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

export function spreadsheetTime(value: string): string {
  const match = TIME.exec(value.trim());
  if (!match) return value;
  const [, chinese, h, minutes, english] = match;
  let hours = Number(h);
  const half = english?.[0].toLowerCase() ?? (chinese ? (chinese === '上午' ? 'a' : 'p') : null);
  if (half) {
    if (hours < 1 || hours > 12) return value;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

const LOCALE_WORDS: Record<string, 'zh' | 'en'> = {
  chinese: 'zh',
  中文: 'zh',
  简体中文: 'zh',
  汉语: 'zh',
  english: 'en',
  英文: 'en',
  英语: 'en',
};

/** zh-CN, zh_Hans, zh-TW, Chinese, 中文 are zh; en-US, en_GB, English, 英文 are en. */
export function spreadsheetLocale(value: string): string {
  const text = value.trim().toLowerCase();
  const tag = /^(zh|en)(?:[-_][a-z0-9]+)*$/.exec(text);
  return tag ? tag[1] : (LOCALE_WORDS[text] ?? value);
}

/** ="00123", the way a CSV keeps an id as text in Excel (progress.csv writes them so), is 00123. */
export function spreadsheetText(value: string): string {
  const match = /^="(.*)"$/.exec(value.trim());
  return match ? match[1] : value;
}

/** The learner fields a spreadsheet may hold, each read from the forms Excel and HR write. */
const FORMS: Record<string, (value: string) => string> = {
  externalId: spreadsheetText,
  locale: spreadsheetLocale,
  deliveryTime: spreadsheetTime,
};

/** A trimmed cell of the named column as the import spells it; shared by server and dashboard. */
export function spreadsheetCell(field: string, cell: string): string {
  const value = cell.trim();
  return value === '' ? value : (FORMS[field]?.(value) ?? value);
}

const looseName = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');

/** A header cell as the field it names, matched loosely ("External ID" is externalId). */
export function spreadsheetColumn<F extends string>(
  fields: readonly F[],
  header: string,
): F | undefined {
  return fields.find((f) => looseName(f) === looseName(header.trim()));
}
