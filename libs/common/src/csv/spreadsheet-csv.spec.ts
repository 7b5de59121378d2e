import { neutralisedCell, spreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheetCsv', () => {
  it('neutralises formula-like cells in the header as well as in the rows', () => {
    const csv = spreadsheetCsv(
      ['Netzwerk', '=HYPERLINK("https://evil.example";"Klick")'],
      [['+49 30', '@SUM(A1)']],
    );
    expect(csv).toBe(
      '\uFEFFNetzwerk;"\'=HYPERLINK(""https://evil.example"";""Klick"")"\r\n\'+49 30;\'@SUM(A1)\r\n',
    );
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['-2', "'-2"],
    ['  =cmd', "'  =cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1+1', "'＝1+1"],
    ['Zukunftsnetz Köln', 'Zukunftsnetz Köln'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j becomes %j', (value, shown) => {
    expect(neutralisedCell(value)).toBe(shown);
  });
});
