import {
  findGlossaryTermIdsByLabelKeys,
  findGroupOrganisations,
  insertGlossaryTerm,
  listOrganisations,
  recordGlossaryVersion,
} from '@srw/db';
import {
  assertCanEditGlossaryTerm,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  DomainError,
  glossaryLabelKey,
  isWithinCeiling,
  parseGlossaryCsv,
  type Actor,
  type GlossaryCsvProblem,
  type GlossaryCsvRowError,
  type ImportGlossaryCsvInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { readCsv } from '../../csv';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { GLOSSARY_ENTITY } from './glossary-write.service';

export interface GlossaryImportReport {
  fileErrors: GlossaryCsvProblem[];
  rows: { line: number; prefLabel: string; errors: GlossaryCsvRowError[] }[];
  valid: boolean;
  imported: number;
}

/**
 * CSV import into one maintaining group. A dry run validates and reports per
 * row; a real run stores every row in one transaction, or nothing at all.
 * Imported terms start as `in_bewerking`.
 */
export async function importGlossaryCsv(
  ctx: ServiceContext,
  actor: Actor,
  input: ImportGlossaryCsvInput,
): Promise<GlossaryImportReport> {
  const { group, role } = await loadGroupAccess(ctx.db, actor, input.maintainingGroupId);
  assertCanEditGlossaryTerm(role);
  assertWorkingGroupEditable(group.status);
  const organisations = await listOrganisations(ctx.db);
  const groupOrganisationIds = new Set((await findGroupOrganisations(ctx.db, group.id)).map((o) => o.id));
  const idByCode = new Map(organisations.map((o) => [o.code, o.id]));
  const file = readCsv(input.csv);
  if (!file.ok) {
    return {
      fileErrors: [{ code: file.error.code, params: { line: file.error.line } }],
      rows: [],
      valid: false,
      imported: 0,
    };
  }
  const parsed = parseGlossaryCsv(
    file.records,
    organisations.map((o) => o.code),
  );
  const existing = await findGlossaryTermIdsByLabelKeys(
    ctx.db,
    parsed.rows.map((r) => glossaryLabelKey(r.term.prefLabel)),
  );
  const seen = new Map<string, number>();
  const rows = parsed.rows.map(({ line, term, errors }) => {
    const rowErrors = [...errors];
    const key = glossaryLabelKey(term.prefLabel);
    if (key && existing.has(key)) rowErrors.push({ line, column: 'begrip', code: 'termExists' });
    const earlier = seen.get(key);
    if (key && earlier !== undefined) {
      rowErrors.push({ line, column: 'begrip', code: 'duplicateInFile', params: { line: earlier } });
    }
    if (key && earlier === undefined) seen.set(key, line);
    for (const code of Object.keys(term.definitions)) {
      const id = idByCode.get(code);
      if (!id || !groupOrganisationIds.has(id)) {
        rowErrors.push({
          line,
          column: `definitie_${code}`,
          code: 'organisationNotInGroup',
          params: { organisation: code },
        });
      }
    }
    if (!isWithinCeiling(term.classification, ctx.classificationCeiling)) {
      rowErrors.push({ line, column: 'rubricering', code: 'aboveCeiling' });
    }
    return { line, prefLabel: term.prefLabel, term, errors: rowErrors };
  });
  const valid = parsed.fileErrors.length === 0 && rows.length > 0 && rows.every((r) => r.errors.length === 0);
  const report = (imported: number): GlossaryImportReport => ({
    fileErrors: rows.length === 0 && parsed.fileErrors.length === 0 ? [{ code: 'noTerms' }] : parsed.fileErrors,
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
      const created = await insertGlossaryTerm(tx, {
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
      });
      await recordGlossaryVersion(tx, created.id, 'import', actor.userId);
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
