import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would read as a formula (CSV injection, OWASP): it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, also after leading spaces or in its full-width form.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** `value` as a spreadsheet shows it as text: a formula-like cell gets a leading apostrophe. */
export function neutralisedCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The one way Zyklus writes CSV files: every cell, headers included, neutralised against
 * formula injection; UTF-8 with BOM, semicolons and CRLF, so a double click opens the file in a
 * German Excel with umlauts intact.
 */
export function spreadsheetCsv(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return stringify(
    [head, ...rows].map((row) => row.map(neutralisedCell)),
    { bom: true, delimiter: ';', record_delimiter: 'windows' },
  );
}
