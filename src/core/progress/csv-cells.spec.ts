import { csvLine, excelText } from './csv-cells';

describe('CSV cells for Excel', () => {
  it('writes Chinese text as it is, numbers and booleans plainly, nulls empty, with CRLF', () => {
    expect(csvLine(['王丽', 3, 0.75, true, null])).toBe('王丽,3,0.75,true,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvLine(['Wang, Li', 'say "hi"', 'two\nlines'])).toBe(
      '"Wang, Li","say ""hi""","two\nlines"\r\n',
    );
  });

  it('defuses text Excel would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`,
    );
  });

  it('keeps ids Excel would turn into numbers or dates as text, and leaves the others plain', () => {
    expect(
      csvLine(['00123', '123456789012', '3-4', 'E001', '123', '12345678901'].map(excelText)),
    ).toBe('"=""00123""","=""123456789012""","=""3-4""",E001,123,12345678901\r\n');
  });
});
