import ExcelJS from 'exceljs';
import {
  findGlossaryDefinitions,
  findGlossaryRelationsAmong,
  findGlossaryTermIdsByLabelKeys,
  findGroupOrganisations,
  listGlossaryTermsForExport,
  listOrganisations,
} from '@srw/db';
import {
  assertCanEditGlossaryTerm,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  DomainError,
  glossaryCsvHeader,
  glossaryLabelKey,
  glossaryTermToCsvRow,
  isWithinCeiling,
  parseGlossaryCsv,
  toCsv,
  type Actor,
  type ExportGlossaryInput,
  type GlossaryCsvRowError,
  type ImportGlossaryCsvInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/group-access';
import { buildGlossaryQuads, quadsToJsonLd, quadsToTurtle, type SkosTerm } from './glossary-skos';
import { GLOSSARY_ENTITY, glossaryReaderOf } from './glossary.service';
import { insertGlossaryTermWithContent } from './glossary-write';

export interface GlossaryExport {
  filename: string;
  mimeType: string;
  /** Text formats as they are; XLSX (binary) as base64. */
  encoding: 'utf8' | 'base64';
  content: string;
}

async function loadExportData(ctx: ServiceContext, actor: Actor, includeRetired: boolean) {
  const rows = await listGlossaryTermsForExport(ctx.db, glossaryReaderOf(actor), includeRetired);
  const ids = rows.map((r) => r.term.id);
  const [definitions, relations] = await Promise.all([findGlossaryDefinitions(ctx.db, ids), findGlossaryRelationsAmong(ctx.db, ids)]);
  const terms: SkosTerm[] = rows.map(({ term, groupName }) => ({
    ...term,
    maintainingGroupName: groupName,
    definitions: definitions.filter((d) => d.termId === term.id),
  }));
  return { terms, relations, rows };
}

/** The glossary the actor may read, as SKOS (Turtle or JSON-LD) or CSV. */
export async function exportGlossary(ctx: ServiceContext, actor: Actor, input: ExportGlossaryInput): Promise<GlossaryExport> {
  const { terms, relations, rows } = await loadExportData(ctx, actor, input.includeRetired);
  const date = new Date().toISOString().slice(0, 10);
  if (input.format === 'csv' || input.format === 'xlsx') {
    const codes = (await listOrganisations(ctx.db)).map((o) => o.code).sort();
    const lines = [glossaryCsvHeader(codes)];
    for (const term of terms) {
      const row = rows.find((r) => r.term.id === term.id)?.term;
      lines.push(
        glossaryTermToCsvRow(
          {
            ...term,
            classification: row?.classification ?? 'ONGERUBRICEERD',
            definitions: Object.fromEntries(term.definitions.map((d) => [d.organisationCode, d])),
          },
          codes,
        ),
      );
    }
    if (input.format === 'xlsx') {
      return {
        filename: `begrippenlijst-${date}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'base64',
        content: await toXlsxBase64(lines),
      };
    }
    // A byte-order mark makes Excel read the file as UTF-8.
    return { filename: `begrippenlijst-${date}.csv`, mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content: `\uFEFF${toCsv(lines)}` };
  }
  const quads = buildGlossaryQuads(terms, relations);
  if (input.format === 'turtle') {
    return { filename: `begrippenlijst-${date}.ttl`, mimeType: 'text/turtle;charset=utf-8', encoding: 'utf8', content: await quadsToTurtle(quads) };
  }
  return { filename: `begrippenlijst-${date}.jsonld`, mimeType: 'application/ld+json;charset=utf-8', encoding: 'utf8', content: quadsToJsonLd(quads) };
}

/** One sheet, the same columns as the CSV; cells are plain strings, never formulas. */
async function toXlsxBase64(lines: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Begrippenlijst');
  for (const line of lines) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}

export interface GlossaryImportReport {
  fileErrors: string[];
  rows: { line: number; prefLabel: string; errors: GlossaryCsvRowError[] }[];
  valid: boolean;
  imported: number;
}

/**
 * CSV import into one maintaining group. A dry run validates and reports per
 * row; a real run stores every row in one transaction, or nothing at all.
 * Imported terms start as `in_bewerking`.
 */
export async function importGlossaryCsv(ctx: ServiceContext, actor: Actor, input: ImportGlossaryCsvInput): Promise<GlossaryImportReport> {
  const { group, role } = await loadGroupAccess(ctx.db, actor, input.maintainingGroupId);
  assertCanEditGlossaryTerm(role);
  assertWorkingGroupEditable(group.status);
  const organisations = await listOrganisations(ctx.db);
  const groupOrganisationIds = new Set((await findGroupOrganisations(ctx.db, group.id)).map((o) => o.id));
  const idByCode = new Map(organisations.map((o) => [o.code, o.id]));
  const parsed = parseGlossaryCsv(input.csv, organisations.map((o) => o.code));
  const existing = await findGlossaryTermIdsByLabelKeys(ctx.db, parsed.rows.map((r) => glossaryLabelKey(r.term.prefLabel)));
  const seen = new Map<string, number>();
  const rows = parsed.rows.map(({ line, term, errors }) => {
    const rowErrors = [...errors];
    const key = glossaryLabelKey(term.prefLabel);
    if (key && existing.has(key)) rowErrors.push({ line, column: 'begrip', message: 'Dit begrip bestaat al in de begrippenlijst.' });
    const earlier = seen.get(key);
    if (key && earlier !== undefined) rowErrors.push({ line, column: 'begrip', message: `Dit begrip staat ook al op regel ${earlier}.` });
    if (key && earlier === undefined) seen.set(key, line);
    for (const code of Object.keys(term.definitions)) {
      const id = idByCode.get(code);
      if (!id || !groupOrganisationIds.has(id)) {
        rowErrors.push({ line, column: `definitie_${code}`, message: `${code} neemt niet deel aan de beherende werkgroep.` });
      }
    }
    if (!isWithinCeiling(term.classification, ctx.classificationCeiling)) {
      rowErrors.push({ line, column: 'rubricering', message: 'Deze rubricering is hoger dan deze omgeving mag bevatten.' });
    }
    return { line, prefLabel: term.prefLabel, term, errors: rowErrors };
  });
  const valid = parsed.fileErrors.length === 0 && rows.length > 0 && rows.every((r) => r.errors.length === 0);
  const report = (imported: number): GlossaryImportReport => ({
    fileErrors: rows.length === 0 && parsed.fileErrors.length === 0 ? ['Het bestand bevat geen begrippen.'] : parsed.fileErrors,
    rows: rows.map(({ line, prefLabel, errors }) => ({ line, prefLabel, errors })),
    valid,
    imported,
  });
  if (input.dryRun || !valid) return report(0);

  await ctx.db.transaction(async (tx) => {
    for (const { term } of rows) {
      assertWithinCeiling(term.classification, ctx.classificationCeiling);
      const definitions = Object.entries(term.definitions).map(([code, d]) => {
        const organisationId = idByCode.get(code);
        if (!organisationId) throw new DomainError('VALIDATION', { field: 'csv' });
        return { organisationId, ...d };
      });
      const created = await insertGlossaryTermWithContent(tx, {
        fields: {
          prefLabel: term.prefLabel,
          abbreviations: term.abbreviations,
          synonyms: term.synonyms,
          hiddenLabels: term.hiddenLabels,
          jointDefinition: term.jointDefinition,
          jointDefinitionSource: term.jointDefinitionSource,
          scopeNote: term.scopeNote,
          divergent: term.divergent,
          divergenceNote: term.divergenceNote,
          validFrom: null,
          validUntil: null,
          reviewDate: null,
          maintainingGroupId: group.id,
          classification: term.classification,
        },
        definitions,
        relations: [],
        status: 'in_bewerking',
        createdBy: actor.userId,
        change: 'import',
      });
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'create',
        entityType: GLOSSARY_ENTITY,
        entityId: created.id,
        groupId: group.id,
        after: { prefLabel: created.prefLabel, status: created.status, source: 'csv-import' },
      });
    }
  });
  return report(rows.length);
}
