import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { netherlandsDateTimeCell, type ExportCell, type ExportColumn, type ExportTable } from './xlsx';
import { CSV_DELIMITER, detectCsvDelimiter, guardFormula, type CsvReadErrorCode, type CsvRecord } from '@srw/domain';

/**
 * Reading and writing the one CSV dialect (`libs/domain/src/common/csv-dialect.ts`)
 * with csv-parse and csv-stringify. Every import and export goes through here.
 */

export type CsvReadResult =
  { ok: true; records: CsvRecord[] } | { ok: false; error: { code: CsvReadErrorCode; line: number } };

const LINE_BREAK = /\r\n|\n|\r/g;

function lineBreaksIn(fields: readonly string[]): number {
  return fields.reduce((sum, field) => sum + (field.match(LINE_BREAK)?.length ?? 0), 0);
}

function isCsvError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Records with the line each starts on. Semicolons or commas (from the header
 * line), a byte-order mark, any line end; blank lines (also `;;;`) are skipped;
 * an unclosed quote is refused with the line of the record it opens.
 */
export function readCsv(text: string): CsvReadResult {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const endLines: number[] = [];
  try {
    const rows = parse(text, {
      bom: true,
      delimiter: detectCsvDelimiter(firstLine),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
    const records = rows
      .map((fields, index) => ({ line: (endLines[index] ?? 0) - lineBreaksIn(fields), fields }))
      .filter((record) => record.fields.some((field) => field.trim() !== ''));
    return { ok: true, records };
  } catch (error) {
    if (isCsvError(error) && error.code.startsWith('CSV_')) {
      return { ok: false, error: { code: 'unterminatedQuote', line: (endLines.at(-1) ?? 0) + 1 } };
    }
    throw error;
  }
}

/** The dialect's file: semicolons, a byte-order mark, CRLF, quoted where needed, formulas guarded. */
export function writeCsv(rows: readonly (readonly (string | number)[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : guardFormula(cell)))),
    { delimiter: CSV_DELIMITER, bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

function csvCell(kind: ExportColumn['kind'], cell: ExportCell): string | number {
  if (cell === null) return '';
  if (kind === 'dateTime' && typeof cell === 'string' && cell !== '') {
    return netherlandsDateTimeCell(cell).toISOString().slice(0, 16).replace('T', ' ');
  }
  return cell;
}

/** An export table (`libs/api/src/xlsx.ts`) in the dialect: dates as `YYYY-MM-DD`, times as Dutch wall-clock time. */
export function tableCsv(table: ExportTable): string {
  return writeCsv([
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.map((cell, index) => csvCell(table.columns[index]?.kind, cell))),
  ]);
}
