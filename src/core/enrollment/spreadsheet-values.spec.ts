import { spreadsheetLocale, spreadsheetText, spreadsheetTime } from './spreadsheet-values';

describe('values as spreadsheets write them', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:00', '09:00'],
    ['9:00:00', '09:00'],
    ['20:30:00', '20:30'],
    ['9:00 AM', '09:00'],
    ['12:15 am', '00:15'],
    ['12:00 PM', '12:00'],
    ['8:30pm', '20:30'],
    ['上午9:00', '09:00'],
    ['下午 2:30', '14:30'],
  ])('reads the time %s as %s', (written, time) => {
    expect(spreadsheetTime(written)).toBe(time);
  });

  it.each(['9am', '25:00:00x', '13:00 PM', '9:00:30', 'noon'])(
    'leaves %s for the check to refuse',
    (written) => {
      expect(spreadsheetTime(written)).toBe(written);
    },
  );

  it.each([
    ['zh-CN', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['ZH', 'zh'],
    ['Chinese', 'zh'],
    ['中文', 'zh'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['English', 'en'],
    ['英文', 'en'],
    ['fr', 'fr'],
    ['zhx', 'zhx'],
  ])('reads the language %s as %s', (written, locale) => {
    expect(spreadsheetLocale(written)).toBe(locale);
  });

  it('reads an id kept as text for Excel as the id itself', () => {
    expect(spreadsheetText('="00123"')).toBe('00123');
    expect(spreadsheetText('E001')).toBe('E001');
  });
});
