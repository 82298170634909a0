import { DEFAULT_CLASSIFICATION, classificationSchema, type Classification } from '../common/classification';
import { glossaryTermStatusSchema, type GlossaryTermStatus } from './glossary.schema';

/**
 * CSV import and export of the glossary. One row per term; organisation
 * definitions sit in columns per organisation code (`definitie_DEFENSIE`,
 * `bron_DEFENSIE`, ...); lists are separated by " | ".
 */

export const GLOSSARY_CSV_LIST_SEPARATOR = ' | ';

export const glossaryCsvBaseColumns = [
  'begrip',
  'afkortingen',
  'synoniemen',
  'zoektermen',
  'gezamenlijke_definitie',
  'bron_gezamenlijke_definitie',
  'toelichting',
  'afwijkende_betekenis',
  'risico_verwarring',
  'status',
  'rubricering',
] as const;

export const glossaryCsvDefinitionPrefixes = ['definitie', 'bron', 'uitleg', 'voorbeeld'] as const;

export function glossaryCsvHeader(organisationCodes: readonly string[]): string[] {
  return [
    ...glossaryCsvBaseColumns,
    ...organisationCodes.flatMap((code) => glossaryCsvDefinitionPrefixes.map((prefix) => `${prefix}_${code}`)),
  ];
}

/** Parses RFC 4180 CSV; the delimiter (comma or semicolon, as Dutch Excel writes) is taken from the header line. */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

// A spreadsheet would run a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

function escapeCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(escapeCell).join(',')).join('\r\n')}\r\n`;
}

export interface GlossaryCsvTerm {
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  status: GlossaryTermStatus;
  classification: Classification;
  /** Keyed by organisation code. */
  definitions: Record<string, { text: string; source: string; explanation: string; example: string }>;
}

export function glossaryTermToCsvRow(term: GlossaryCsvTerm, organisationCodes: readonly string[]): string[] {
  return [
    term.prefLabel,
    term.abbreviations.join(GLOSSARY_CSV_LIST_SEPARATOR),
    term.synonyms.join(GLOSSARY_CSV_LIST_SEPARATOR),
    term.hiddenLabels.join(GLOSSARY_CSV_LIST_SEPARATOR),
    term.jointDefinition,
    term.jointDefinitionSource,
    term.scopeNote,
    term.divergent ? 'ja' : 'nee',
    term.divergenceNote,
    term.status,
    term.classification,
    ...organisationCodes.flatMap((code) => {
      const d = term.definitions[code];
      return [d?.text ?? '', d?.source ?? '', d?.explanation ?? '', d?.example ?? ''];
    }),
  ];
}

export interface GlossaryCsvRowError {
  /** Line number in the file (the header is line 1). */
  line: number;
  column: string | null;
  message: string;
}

export interface ParsedGlossaryCsv {
  /** Problems with the file as a whole (header). */
  fileErrors: string[];
  rows: { line: number; term: GlossaryCsvTerm; errors: GlossaryCsvRowError[] }[];
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'nee', 'n', 'no', 'false', '0']);

function splitList(value: string): string[] {
  return value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads a glossary CSV (as exported) into terms with per-row errors. The
 * status column is informative: imported terms start as `in_bewerking`.
 */
export function parseGlossaryCsv(input: string, organisationCodes: readonly string[]): ParsedGlossaryCsv {
  const rows = parseCsv(input);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const fileErrors: string[] = [];
  if (!header.includes('begrip')) fileErrors.push('De kolom "begrip" ontbreekt in de eerste regel.');
  const knownCodes = new Map(organisationCodes.map((code) => [code.toLowerCase(), code]));
  const definitionColumns: { index: number; prefix: string; code: string }[] = [];
  header.forEach((name, index) => {
    if ((glossaryCsvBaseColumns as readonly string[]).includes(name)) return;
    const match = name.match(/^(definitie|bron|uitleg|voorbeeld)_(.+)$/);
    const code = match ? knownCodes.get(match[2] ?? '') : undefined;
    if (match && code) definitionColumns.push({ index, prefix: match[1] ?? '', code });
    else fileErrors.push(`Onbekende kolom "${name}".`);
  });
  if (fileErrors.length > 0) return { fileErrors, rows: [] };

  const column = (cells: string[], name: string) => unescapeCell((cells[header.indexOf(name)] ?? '').trim());
  const parsed = rows.slice(1).map((cells, offset) => {
    const line = offset + 2;
    const errors: GlossaryCsvRowError[] = [];
    const prefLabel = column(cells, 'begrip');
    if (prefLabel === '') errors.push({ line, column: 'begrip', message: 'Vul het begrip in.' });
    if (prefLabel.length > 200)
      errors.push({ line, column: 'begrip', message: 'Het begrip is te lang (maximaal 200 tekens).' });
    const divergentRaw = column(cells, 'afwijkende_betekenis').toLowerCase();
    if (!YES.has(divergentRaw) && !NO.has(divergentRaw)) {
      errors.push({ line, column: 'afwijkende_betekenis', message: 'Gebruik "ja" of "nee".' });
    }
    const statusRaw = column(cells, 'status');
    const status = glossaryTermStatusSchema.safeParse(statusRaw === '' ? 'in_bewerking' : statusRaw);
    if (!status.success) errors.push({ line, column: 'status', message: `Onbekende status "${statusRaw}".` });
    const classificationRaw = column(cells, 'rubricering').toUpperCase();
    const classification = classificationSchema.safeParse(
      classificationRaw === '' ? DEFAULT_CLASSIFICATION : classificationRaw,
    );
    if (!classification.success) {
      errors.push({ line, column: 'rubricering', message: `Onbekende rubricering "${classificationRaw}".` });
    }
    const definitions: GlossaryCsvTerm['definitions'] = {};
    for (const { index, prefix, code } of definitionColumns) {
      const value = unescapeCell((cells[index] ?? '').trim());
      if (value === '') continue;
      const entry = (definitions[code] ??= { text: '', source: '', explanation: '', example: '' });
      if (prefix === 'definitie') entry.text = value;
      else if (prefix === 'bron') entry.source = value;
      else if (prefix === 'uitleg') entry.explanation = value;
      else entry.example = value;
    }
    for (const [code, definition] of Object.entries(definitions)) {
      if (definition.text === '') {
        errors.push({
          line,
          column: `definitie_${code}`,
          message: `Er staat een bron, uitleg of voorbeeld bij ${code} maar geen definitie.`,
        });
      }
    }
    const divergent = YES.has(divergentRaw);
    if (divergent && Object.keys(definitions).length < 2) {
      errors.push({
        line,
        column: 'afwijkende_betekenis',
        message: 'Een afwijkende betekenis vraagt om definities van minstens twee organisaties.',
      });
    }
    const term: GlossaryCsvTerm = {
      prefLabel,
      abbreviations: splitList(column(cells, 'afkortingen')),
      synonyms: splitList(column(cells, 'synoniemen')),
      hiddenLabels: splitList(column(cells, 'zoektermen')),
      jointDefinition: column(cells, 'gezamenlijke_definitie'),
      jointDefinitionSource: column(cells, 'bron_gezamenlijke_definitie'),
      scopeNote: column(cells, 'toelichting'),
      divergent,
      divergenceNote: column(cells, 'risico_verwarring'),
      status: status.success ? status.data : 'in_bewerking',
      classification: classification.success ? classification.data : DEFAULT_CLASSIFICATION,
      definitions,
    };
    return { line, term, errors };
  });
  return { fileErrors, rows: parsed };
}
