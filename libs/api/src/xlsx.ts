import ExcelJS from 'exceljs';
import { classificationLabels, exportWords, type Classification, type ExportLocale } from '@srw/domain';

/**
 * The one shape of every XLSX export: a bold, frozen header row with an
 * autofilter over the data, column widths from the content (capped), dates as
 * real dates, and the classification marking (the highest among the rows) in
 * the printed header and footer of the sheet.
 */
export type ExportCell = string | number | null;

/** A column of an export; `date` cells are `YYYY-MM-DD`, `dateTime` cells ISO instants. */
export interface ExportColumn {
  header: string;
  kind?: 'text' | 'date' | 'dateTime';
}

/** One table of an export, written the same way as CSV (`tableCsv`) and XLSX (`addTableSheet`). */
export interface ExportTable {
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
  classification: Classification;
  locale: ExportLocale;
}

type XlsxCell = string | number | Date | null;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_FORMAT: Record<ExportLocale, string> = { nl: 'dd-mm-yyyy', en: 'yyyy-mm-dd' };
const DATE_TIME_FORMAT: Record<ExportLocale, string> = { nl: 'dd-mm-yyyy hh:mm', en: 'yyyy-mm-dd hh:mm' };

/** A calendar date (`YYYY-MM-DD`) as a spreadsheet date (midnight, no time zone to shift it). */
export function calendarDateCell(date: string | null | undefined): Date | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return new Date(Date.UTC(year, month - 1, day));
}

/** An instant as the wall-clock time in the Netherlands (spreadsheets have no time zones). */
export function netherlandsDateTimeCell(instant: Date | string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}

/** "Rubricering: Ongerubriceerd" in the export's language. */
export function classificationMarking(locale: ExportLocale, classification: Classification): string {
  return `${exportWords[locale].classification}: ${classificationLabels[locale][classification]}`;
}

function cellWidth(cell: XlsxCell): number {
  if (cell === null) return 0;
  if (cell instanceof Date) return 16;
  return Math.max(
    ...String(cell)
      .split('\n')
      .map((line) => line.length),
  );
}

function xlsxCell(column: ExportColumn | undefined, cell: ExportCell): XlsxCell {
  if (cell === null || cell === '') return null;
  if (column?.kind === 'date' && typeof cell === 'string') return calendarDateCell(cell);
  if (column?.kind === 'dateTime' && typeof cell === 'string') return netherlandsDateTimeCell(cell);
  return cell;
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: ExportTable): ExcelJS.Worksheet {
  const marking = classificationMarking(table.locale, table.classification);
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    headerFooter: { oddHeader: `&C${marking}`, oddFooter: `&C${marking}` },
  });
  sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  const rows = table.rows.map((row) => row.map((cell, index) => xlsxCell(table.columns[index], cell)));
  for (const row of rows) sheet.addRow(row);
  const columnCount = table.columns.length;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columnCount } };
  table.columns.forEach((column, index) => {
    const widest = Math.max(cellWidth(column.header), ...rows.map((row) => cellWidth(row[index] ?? null)));
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    if (column.kind === 'date' || column.kind === 'dateTime') {
      sheetColumn.numFmt = column.kind === 'date' ? DATE_FORMAT[table.locale] : DATE_TIME_FORMAT[table.locale];
    }
  });
  return sheet;
}

/** A workbook of one table, as bytes. */
export async function tableXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook();
  addTableSheet(workbook, table);
  return workbookBytes(workbook);
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenwerkingsruimte';
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
