import { parse } from 'csv-parse/sync';

/** One data row by its header names, with the line it starts on in the file. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a CSV export: a UTF-8 byte-order mark, quoted fields, `""` inside quotes and line
 * breaks inside fields are handled (csv-parse). A row with the wrong number of fields is
 * reported with its line number instead of stopping the import.
 */
export function readCsv(text: string | Buffer): { rows: CsvRow[]; problems: string[] } {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const lineAt = (offset: number) =>
    bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const problems: string[] = [];
  let records: { record: string[]; info: { lines: number; bytes: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return {
      rows: [],
      problems: [`line ${lines ?? '?'}: ${message}; nothing read from this file`],
    };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: ['the file is empty'] };
  const names = header.record.map((name) => name.trim());
  const rows: CsvRow[] = [];
  // csv-parse counts a CRLF inside a quoted field as two lines: count from byte offsets.
  let start = header.info.bytes;
  for (const { record, info } of data) {
    const line = lineAt(start);
    start = info.bytes;
    if (record.length !== names.length) {
      problems.push(
        `line ${line}: expected ${names.length} fields, found ${record.length}; row skipped`,
      );
      continue;
    }
    rows.push({
      line,
      values: Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])),
    });
  }
  return { rows, problems };
}
