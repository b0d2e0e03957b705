import { csvLine } from './csv-cells';

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
});
