/**
 * The one CSV dialect of every import and export, as Dutch Excel writes and
 * opens it: semicolon-separated, UTF-8 with a byte-order mark (for accents),
 * CRLF line ends, fields quoted only when they hold a separator, quote or line
 * break (RFC 4180 quoting). Reading also accepts commas: the separator is the
 * one the header line uses most. The reader and writer themselves
 * (csv-parse / csv-stringify) live in `libs/api/src/csv.ts`; this file holds
 * the rules they share with the row ↔ record mappings of the modules.
 */

export const CSV_DELIMITER = ';';

/** One record of a CSV file with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Why a file could not be read as CSV at all. */
export type CsvReadErrorCode = 'unterminatedQuote';

/** Semicolon (as Dutch spreadsheet programs write) or comma: whichever the header line uses more. */
export function detectCsvDelimiter(headerLine: string): ';' | ',' {
  return headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
}

// A spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'[=+\-@\t\r]/;

/** Prefixes a cell a spreadsheet would run as a formula with an apostrophe, so it shows as text. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardFormula` when a file we wrote comes back in. */
export function unguardFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}
