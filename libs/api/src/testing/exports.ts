import ExcelJS from 'exceljs';
import type { ServiceContext } from '../context';
import { readCsv } from '../csv';
import type { TestHarness } from './index';

/** A service context on the harness's database, as an export route builds it. */
export function exportContext(h: TestHarness): ServiceContext {
  return {
    db: h.handle.db,
    origin: { ip: '127.0.0.1', userAgent: null },
    classificationCeiling: h.config.classificationCeiling,
  };
}

/** The first sheet of an XLSX export, read back the way Excel would. */
export async function readXlsx(bytes: Uint8Array, sheetIndex = 0): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[sheetIndex];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** A sheet's rows as values (1-based columns flattened to a 0-based array). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

/** A CSV export's records as fields. */
export function csvFields(text: string): string[][] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`CSV ${read.error.code} at ${read.error.line}`);
  return read.records.map((r) => r.fields);
}
