import {
  findGlossaryDefinitions,
  findGlossaryRelationsAmong,
  listGlossaryTermsForExport,
  listOrganisations,
} from '@srw/db';
import {
  glossaryCsvHeader,
  glossaryTermToCsvRow,
  highestClassification,
  inverseRelationKind,
  type Actor,
  type Classification,
  type ExportGlossaryInput,
  type GlossaryRelationKind,
  todayInNetherlands,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { writeCsv } from '../../csv';
import { tableXlsx } from '../../xlsx';
import { glossaryReaderOf } from './glossary-access';
import { buildGlossaryQuads, quadsToJsonLd, quadsToTurtle, type SkosRelation, type SkosTerm } from './glossary-skos';

// ---------------------------------------------------------------------------
// The export: SKOS (Turtle, JSON-LD), CSV or XLSX of what the actor may read

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
  const [definitions, relations] = await Promise.all([
    findGlossaryDefinitions(ctx.db, ids),
    findGlossaryRelationsAmong(ctx.db, ids),
  ]);
  const terms: SkosTerm[] = rows.map(({ term, groupName }) => ({
    ...term,
    maintainingGroupName: groupName,
    definitions: definitions.filter((d) => d.termId === term.id),
  }));
  return { terms, relations, rows };
}

/** A term's relations as the labels of the other terms, seen from this term (stored ones read inverted from the other side). */
export function relationLabelsOf(
  termId: string,
  relations: readonly SkosRelation[],
  labels: ReadonlyMap<string, string>,
): Record<GlossaryRelationKind, string[]> {
  const byKind: Record<GlossaryRelationKind, string[]> = { broader: [], narrower: [], related: [] };
  for (const relation of relations) {
    const seen =
      relation.termId === termId
        ? { kind: relation.kind, other: relation.relatedTermId }
        : relation.relatedTermId === termId
          ? { kind: inverseRelationKind(relation.kind), other: relation.termId }
          : null;
    const label = seen ? labels.get(seen.other) : undefined;
    if (seen && label && !byKind[seen.kind].includes(label)) byKind[seen.kind].push(label);
  }
  for (const list of Object.values(byKind)) list.sort((a, b) => a.localeCompare(b, 'nl'));
  return byKind;
}

/** The glossary the actor may read, as SKOS (Turtle or JSON-LD) or CSV. */
export async function exportGlossary(
  ctx: ServiceContext,
  actor: Actor,
  input: ExportGlossaryInput,
): Promise<GlossaryExport> {
  const { terms, relations, rows } = await loadExportData(ctx, actor, input.includeRetired);
  const date = todayInNetherlands();
  if (input.format === 'csv' || input.format === 'xlsx') {
    const codes = (await listOrganisations(ctx.db)).map((o) => o.code).sort();
    const lines = [glossaryCsvHeader(codes)];
    const labels = new Map(terms.map((t) => [t.id, t.prefLabel]));
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
          {
            ...term,
            ...relationLabelsOf(term.id, relations, labels),
            replacedBy: term.replacedById ? (labels.get(term.replacedById) ?? null) : null,
          },
        ),
      );
    }
    if (input.format === 'xlsx') {
      return {
        filename: `begrippenlijst-${date}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'base64',
        content: await toXlsxBase64(lines, highestClassification(rows.map((r) => r.term.classification))),
      };
    }
    // A byte-order mark makes Excel read the file as UTF-8.
    return {
      filename: `begrippenlijst-${date}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      encoding: 'utf8',
      content: writeCsv(lines),
    };
  }
  const quads = buildGlossaryQuads(terms, relations);
  if (input.format === 'turtle') {
    return {
      filename: `begrippenlijst-${date}.ttl`,
      mimeType: 'text/turtle;charset=utf-8',
      encoding: 'utf8',
      content: await quadsToTurtle(quads),
    };
  }
  return {
    filename: `begrippenlijst-${date}.jsonld`,
    mimeType: 'application/ld+json;charset=utf-8',
    encoding: 'utf8',
    content: quadsToJsonLd(quads),
  };
}

const glossaryDateColumns = new Set(['geldig_vanaf', 'geldig_tot', 'herzieningsdatum']);

/**
 * One sheet, the same columns and values as the CSV (the import's own format,
 * so a downloaded file can be edited and imported again), laid out by the
 * shared XLSX helper: frozen header, autofilter, widths, classification marking.
 */
async function toXlsxBase64(lines: string[][], classification: Classification): Promise<string> {
  const [header = [], ...rows] = lines;
  const bytes = await tableXlsx({
    name: 'Begrippenlijst',
    locale: 'nl',
    classification,
    // The validity and review dates are real dates in the sheet (and stay `YYYY-MM-DD` in the CSV).
    columns: header.map((name) => ({
      header: name,
      kind: glossaryDateColumns.has(name) ? ('date' as const) : ('text' as const),
    })),
    rows,
  });
  return Buffer.from(bytes).toString('base64');
}
