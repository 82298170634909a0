import { DEFAULT_CLASSIFICATION, type Classification } from '../common/classification';
import { classificationSchema } from '../common/classification.schema';
import { unguardFormula, type CsvRecord } from '../common/csv-dialect';
import { glossaryTermStatusSchema } from './glossary.schema';
import { type GlossaryTermStatus } from './glossary.constants';

/**
 * CSV import and export of the glossary. One row per term; organisation
 * definitions sit in columns per organisation code (`definitie_DEFENSIE`,
 * `bron_DEFENSIE`, ...); lists are separated by " | ". The file itself is the
 * one CSV dialect (`common/csv-dialect.ts`); problems are codes with
 * parameters that the UI words (`glossary.importPage.problems.<code>`).
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

/**
 * Columns the export adds for readers (validity, review date, relations and
 * replacement as labels, the maintaining group). The import accepts and ignores
 * them, so an exported file can be edited and imported again.
 */
export const glossaryCsvExportOnlyColumns = [
  'geldig_vanaf',
  'geldig_tot',
  'herzieningsdatum',
  'breder',
  'smaller',
  'gerelateerd',
  'vervangen_door',
  'werkgroep',
] as const;

export const glossaryCsvDefinitionPrefixes = ['definitie', 'bron', 'uitleg', 'voorbeeld'] as const;

export function glossaryCsvHeader(organisationCodes: readonly string[]): string[] {
  return [
    ...glossaryCsvBaseColumns,
    ...glossaryCsvExportOnlyColumns,
    ...organisationCodes.flatMap((code) => glossaryCsvDefinitionPrefixes.map((prefix) => `${prefix}_${code}`)),
  ];
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

/** What the export adds to a term for readers (`glossaryCsvExportOnlyColumns`). */
export interface GlossaryCsvExportFacts {
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  /** Related terms by their preferred labels, as seen from this term. */
  broader: readonly string[];
  narrower: readonly string[];
  related: readonly string[];
  replacedBy: string | null;
  maintainingGroupName: string;
}

export const noGlossaryCsvExportFacts: GlossaryCsvExportFacts = {
  validFrom: null,
  validUntil: null,
  reviewDate: null,
  broader: [],
  narrower: [],
  related: [],
  replacedBy: null,
  maintainingGroupName: '',
};

export function glossaryTermToCsvRow(
  term: GlossaryCsvTerm,
  organisationCodes: readonly string[],
  facts: GlossaryCsvExportFacts = noGlossaryCsvExportFacts,
): string[] {
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
    facts.validFrom ?? '',
    facts.validUntil ?? '',
    facts.reviewDate ?? '',
    facts.broader.join(GLOSSARY_CSV_LIST_SEPARATOR),
    facts.narrower.join(GLOSSARY_CSV_LIST_SEPARATOR),
    facts.related.join(GLOSSARY_CSV_LIST_SEPARATOR),
    facts.replacedBy ?? '',
    facts.maintainingGroupName,
    ...organisationCodes.flatMap((code) => {
      const d = term.definitions[code];
      return [d?.text ?? '', d?.source ?? '', d?.explanation ?? '', d?.example ?? ''];
    }),
  ];
}

/** What can be wrong with an imported file or one of its rows. */
export type GlossaryCsvProblemCode =
  | 'unterminatedQuote'
  | 'noTerms'
  | 'missingTermColumn'
  | 'unknownColumn'
  | 'termRequired'
  | 'termTooLong'
  | 'yesOrNo'
  | 'unknownStatus'
  | 'unknownClassification'
  | 'definitionMissing'
  | 'divergentNeedsTwo'
  | 'termExists'
  | 'duplicateInFile'
  | 'organisationNotInGroup'
  | 'aboveCeiling';

export interface GlossaryCsvProblem {
  code: GlossaryCsvProblemCode;
  params?: Record<string, string | number>;
}

export interface GlossaryCsvRowError extends GlossaryCsvProblem {
  /** Line number in the file (the header is line 1). */
  line: number;
  column: string | null;
}

export interface ParsedGlossaryCsv {
  /** Problems with the file as a whole (header). */
  fileErrors: GlossaryCsvProblem[];
  rows: { line: number; term: GlossaryCsvTerm; errors: GlossaryCsvRowError[] }[];
}

export const GLOSSARY_CSV_MAX_TERM_LENGTH = 200;

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
export function parseGlossaryCsv(
  records: readonly CsvRecord[],
  organisationCodes: readonly string[],
): ParsedGlossaryCsv {
  const header = (records[0]?.fields ?? []).map((h) => h.trim().toLowerCase());
  const fileErrors: GlossaryCsvProblem[] = [];
  if (!header.includes('begrip')) fileErrors.push({ code: 'missingTermColumn' });
  const knownCodes = new Map(organisationCodes.map((code) => [code.toLowerCase(), code]));
  const definitionColumns: { index: number; prefix: string; code: string }[] = [];
  header.forEach((name, index) => {
    if ((glossaryCsvBaseColumns as readonly string[]).includes(name)) return;
    if ((glossaryCsvExportOnlyColumns as readonly string[]).includes(name)) return;
    const match = name.match(/^(definitie|bron|uitleg|voorbeeld)_(.+)$/);
    const code = match ? knownCodes.get(match[2] ?? '') : undefined;
    if (match && code) definitionColumns.push({ index, prefix: match[1] ?? '', code });
    else fileErrors.push({ code: 'unknownColumn', params: { column: name } });
  });
  if (fileErrors.length > 0) return { fileErrors, rows: [] };

  const column = (cells: string[], name: string) => unguardFormula((cells[header.indexOf(name)] ?? '').trim());
  const parsed = records.slice(1).map(({ line, fields: cells }) => {
    const errors: GlossaryCsvRowError[] = [];
    const prefLabel = column(cells, 'begrip');
    if (prefLabel === '') errors.push({ line, column: 'begrip', code: 'termRequired' });
    if (prefLabel.length > GLOSSARY_CSV_MAX_TERM_LENGTH) {
      errors.push({ line, column: 'begrip', code: 'termTooLong', params: { max: GLOSSARY_CSV_MAX_TERM_LENGTH } });
    }
    const divergentRaw = column(cells, 'afwijkende_betekenis').toLowerCase();
    if (!YES.has(divergentRaw) && !NO.has(divergentRaw)) {
      errors.push({ line, column: 'afwijkende_betekenis', code: 'yesOrNo' });
    }
    const statusRaw = column(cells, 'status');
    const status = glossaryTermStatusSchema.safeParse(statusRaw === '' ? 'in_bewerking' : statusRaw);
    if (!status.success) errors.push({ line, column: 'status', code: 'unknownStatus', params: { value: statusRaw } });
    const classificationRaw = column(cells, 'rubricering').toUpperCase();
    const classification = classificationSchema.safeParse(
      classificationRaw === '' ? DEFAULT_CLASSIFICATION : classificationRaw,
    );
    if (!classification.success) {
      errors.push({ line, column: 'rubricering', code: 'unknownClassification', params: { value: classificationRaw } });
    }
    const definitions: GlossaryCsvTerm['definitions'] = {};
    for (const { index, prefix, code } of definitionColumns) {
      const value = unguardFormula((cells[index] ?? '').trim());
      if (value === '') continue;
      const entry = (definitions[code] ??= { text: '', source: '', explanation: '', example: '' });
      if (prefix === 'definitie') entry.text = value;
      else if (prefix === 'bron') entry.source = value;
      else if (prefix === 'uitleg') entry.explanation = value;
      else entry.example = value;
    }
    for (const [code, definition] of Object.entries(definitions)) {
      if (definition.text === '') {
        errors.push({ line, column: `definitie_${code}`, code: 'definitionMissing', params: { organisation: code } });
      }
    }
    const divergent = YES.has(divergentRaw);
    if (divergent && Object.keys(definitions).length < 2) {
      errors.push({ line, column: 'afwijkende_betekenis', code: 'divergentNeedsTwo' });
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
