import type { CsvRecord } from '../common/csv-dialect';

/**
 * Inject import from CSV. Pure parsing: the caller passes lookups for
 * organisation and legal-basis codes, and gets either rows or per-row errors
 * (as codes, so the UI can show them in the user's language).
 */

export type CsvErrorCode =
  | 'empty'
  | 'unterminatedQuote'
  | 'missingColumn'
  | 'required'
  | 'invalidOffset'
  | 'tooLong'
  | 'unknownOrganisation'
  | 'unknownLegalBasis';

export interface CsvRowError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  column: string | null;
  code: CsvErrorCode;
}

export interface ImportedInject {
  offsetMinutes: number;
  fromParty: string;
  toParty: string;
  message: string;
  expectedAction: string;
  responsibleOrganisationId: string | null;
  legalBasisId: string | null;
}

export interface InjectCsvLookups {
  /** Organisation code (DEFENSIE, POLITIE...) → id, for the group's organisations only. */
  organisationIdByCode: ReadonlyMap<string, string>;
  /** Legal-basis code → id. */
  legalBasisIdByCode: ReadonlyMap<string, string>;
}

export type InjectCsvResult = { ok: true; injects: ImportedInject[] } | { ok: false; errors: CsvRowError[] };

type Column = 'offset' | 'from' | 'to' | 'message' | 'expectedAction' | 'responsible' | 'legalBasis';

/** Accepted header names, Dutch and English, compared case-insensitively. */
const headerAliases: Record<Column, readonly string[]> = {
  offset: ['tijd', 'offset', 'time', 'minuten', 'minutes'],
  from: ['van', 'from'],
  to: ['aan', 'to'],
  message: ['bericht', 'message'],
  expectedAction: ['verwachte actie', 'verwachte_actie', 'expected action', 'expected_action'],
  responsible: ['verantwoordelijke', 'verantwoordelijke organisatie', 'responsible', 'responsible organisation'],
  legalBasis: ['grondslag', 'wettelijke grondslag', 'legal basis', 'legal_basis'],
};
const requiredColumns: readonly Column[] = ['offset', 'from', 'to', 'message'];
const maxLength: Record<Column, number> = {
  offset: 20,
  from: 200,
  to: 200,
  message: 4000,
  expectedAction: 4000,
  responsible: 50,
  legalBasis: 50,
};

/** "90", "01:30" or "1:30" → 90 minutes; null when not a valid offset. */
export function parseOffset(raw: string): number | null {
  const text = raw.trim().replace(/^T\+/i, '');
  if (/^\d{1,5}$/.test(text)) return Number(text);
  const match = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The injects in a CSV file's records (read in the one dialect, `common/csv-dialect.ts`). */
export function parseInjectCsv(records: readonly CsvRecord[], lookups: InjectCsvLookups): InjectCsvResult {
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return { ok: false, errors: [{ line: 1, column: null, code: 'empty' }] };

  const indexOf = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    const normalised = name.trim().toLowerCase();
    for (const column of Object.keys(headerAliases) as Column[]) {
      if (headerAliases[column].includes(normalised) && !indexOf.has(column)) indexOf.set(column, index);
    }
  });
  const missing = requiredColumns.filter((column) => !indexOf.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((column) => ({ line: header.line, column, code: 'missingColumn' as const })),
    };
  }

  const errors: CsvRowError[] = [];
  const injects: ImportedInject[] = [];
  for (const row of rows) {
    const value = (column: Column) => {
      const index = indexOf.get(column);
      return index === undefined ? '' : (row.fields[index] ?? '').trim();
    };
    const rowErrors: CsvRowError[] = [];
    for (const column of Object.keys(maxLength) as Column[]) {
      if (value(column).length > maxLength[column]) rowErrors.push({ line: row.line, column, code: 'tooLong' });
    }
    for (const column of requiredColumns) {
      if (value(column) === '') rowErrors.push({ line: row.line, column, code: 'required' });
    }
    const offsetMinutes = value('offset') === '' ? null : parseOffset(value('offset'));
    if (value('offset') !== '' && offsetMinutes === null)
      rowErrors.push({ line: row.line, column: 'offset', code: 'invalidOffset' });

    const responsibleCode = value('responsible').toUpperCase();
    const responsibleOrganisationId =
      responsibleCode === '' ? null : (lookups.organisationIdByCode.get(responsibleCode) ?? null);
    if (responsibleCode !== '' && responsibleOrganisationId === null) {
      rowErrors.push({ line: row.line, column: 'responsible', code: 'unknownOrganisation' });
    }
    const basisCode = value('legalBasis');
    const legalBasisId = basisCode === '' ? null : (lookups.legalBasisIdByCode.get(basisCode) ?? null);
    if (basisCode !== '' && legalBasisId === null)
      rowErrors.push({ line: row.line, column: 'legalBasis', code: 'unknownLegalBasis' });

    if (rowErrors.length > 0 || offsetMinutes === null) {
      errors.push(...rowErrors);
      continue;
    }
    injects.push({
      offsetMinutes,
      fromParty: value('from'),
      toParty: value('to'),
      message: value('message'),
      expectedAction: value('expectedAction'),
      responsibleOrganisationId,
      legalBasisId,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, injects };
}
