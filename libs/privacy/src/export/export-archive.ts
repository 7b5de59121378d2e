import archiver from 'archiver';
import { stringify } from 'csv-stringify/sync';
import { CsvCell, LocalizedText, neutralisedCell, PersonalDataExportPart } from '@zyklus/common';

/** One context's part, named, as it goes into the archive. */
export interface ArchivePart {
  context: string;
  description: LocalizedText;
  part: PersonalDataExportPart;
}

const csv = (rows: readonly Record<string, CsvCell>[]): string => {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  // A BOM, so spreadsheet programs read UTF-8 umlauts right.
  // Every cell, headers included, neutralised against formula injection (as spreadsheetCsv does).
  const cell = (value: CsvCell | undefined) =>
    typeof value === 'string' ? neutralisedCell(value) : (value ?? '');
  return `\uFEFF${stringify([
    columns.map(neutralisedCell),
    ...rows.map((row) => columns.map((c) => cell(row[c]))),
  ])}`;
};

/** The short README in both languages: what each file is. */
export function readme(parts: readonly ArchivePart[], createdAt: Date): string {
  const files = (language: 'de' | 'en') =>
    parts
      .flatMap(({ context, description, part }) => [
        `- ${context}.json: ${description[language]}`,
        ...(part.tables ?? []).map(
          (table) => `- ${context}/${table.name}.csv: ${table.description[language]}`,
        ),
      ])
      .join('\n');
  return [
    'Zyklus – Ihre Daten / your data',
    `Erstellt / created: ${createdAt.toISOString()}`,
    '',
    'DEUTSCH',
    'Dieses Archiv enthält alle Daten, die Zyklus über Sie speichert (Art. 15 und 20 DSGVO),',
    'maschinenlesbar: je Bereich eine JSON-Datei, Tabellen zusätzlich als CSV (UTF-8, Komma-getrennt),',
    'die sich mit einer Tabellenkalkulation öffnen lassen. Texte anderer Personen sind nicht enthalten.',
    '',
    files('de'),
    '',
    'ENGLISH',
    'This archive holds all data Zyklus stores about you (Art. 15 and 20 GDPR), machine-readable:',
    'one JSON file per area, tables also as CSV (UTF-8, comma-separated) for spreadsheet programs.',
    'Other people’s texts are not included.',
    '',
    files('en'),
    '',
  ].join('\n');
}

/** Builds the ZIP: README.txt, `<context>.json` per context, `<context>/<table>.csv` per table. */
export function buildArchive(parts: readonly ArchivePart[], createdAt: Date): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const zip = archiver('zip', { zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    zip.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.on('warning', reject);
    zip.on('error', reject);
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    const date = createdAt;
    zip.append(readme(parts, createdAt), { name: 'README.txt', date });
    for (const { context, part } of parts) {
      zip.append(`${JSON.stringify(part.data, null, 2)}\n`, { name: `${context}.json`, date });
      for (const table of part.tables ?? []) {
        zip.append(csv(table.rows), { name: `${context}/${table.name}.csv`, date });
      }
    }
    void zip.finalize();
  });
}
