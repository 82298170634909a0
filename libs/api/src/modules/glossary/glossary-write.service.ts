import {
  findGlossaryDefinitions,
  findGlossaryRelations,
  findGlossaryTerm,
  findWorkingGroup,
  glossaryTerms,
  insertGlossaryTermVersion,
  replaceGlossaryDefinitions,
  replaceGlossaryRelations,
  type Executor,
  type GlossaryTermRow,
} from '@srw/db';
import {
  glossaryLabelKey,
  glossarySearchDocument,
  glossarySearchLabels,
  type GlossaryDefinitionInput,
  type GlossaryRelationInput,
  type GlossaryTermSnapshot,
  type GlossaryTermStatus,
  type Classification,
} from '@srw/domain';

/** What a term holds besides its definitions and relations, as written to the table. */
export interface GlossaryTermFields {
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  maintainingGroupId: string;
  classification: Classification;
}

/** The computed columns: unique label key and search text. */
export function derivedColumns(fields: GlossaryTermFields, definitions: readonly { text: string; explanation: string }[]) {
  return {
    labelKey: glossaryLabelKey(fields.prefLabel),
    searchLabels: glossarySearchLabels(fields),
    searchDocument: glossarySearchDocument(fields, definitions),
  };
}

export function pickTermFields(input: GlossaryTermFields): GlossaryTermFields {
  return {
    prefLabel: input.prefLabel,
    abbreviations: input.abbreviations,
    synonyms: input.synonyms,
    hiddenLabels: input.hiddenLabels,
    jointDefinition: input.jointDefinition,
    jointDefinitionSource: input.jointDefinitionSource,
    scopeNote: input.scopeNote,
    divergent: input.divergent,
    divergenceNote: input.divergenceNote,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    reviewDate: input.reviewDate,
    maintainingGroupId: input.maintainingGroupId,
    classification: input.classification,
  };
}

/** Inserts a term with its definitions and relations, and records version 1. */
export async function insertGlossaryTermWithContent(
  tx: Executor,
  values: {
    fields: GlossaryTermFields;
    definitions: readonly GlossaryDefinitionInput[];
    relations: readonly GlossaryRelationInput[];
    status: GlossaryTermStatus;
    createdBy: string | null;
    change: string;
  },
): Promise<GlossaryTermRow> {
  const [term] = await tx
    .insert(glossaryTerms)
    .values({
      ...values.fields,
      ...derivedColumns(values.fields, values.definitions),
      status: values.status,
      createdBy: values.createdBy,
    })
    .returning();
  if (!term) throw new Error('insert glossary_terms returned no row');
  await replaceGlossaryDefinitions(tx, term.id, values.definitions);
  await replaceGlossaryRelations(tx, term.id, values.relations);
  await recordGlossaryVersion(tx, term.id, values.change, values.createdBy);
  return term;
}

/** A readable snapshot of the term as it is now (labels instead of ids). */
export async function buildGlossarySnapshot(tx: Executor, termId: string): Promise<{ term: GlossaryTermRow; snapshot: GlossaryTermSnapshot }> {
  const term = await findGlossaryTerm(tx, termId);
  if (!term) throw new Error(`glossary term ${termId} vanished`);
  const [definitions, relations, group, replacement] = await Promise.all([
    findGlossaryDefinitions(tx, [termId]),
    findGlossaryRelations(tx, termId, { userId: '', seesAllClassified: true }),
    findWorkingGroup(tx, term.maintainingGroupId),
    term.replacedById ? findGlossaryTerm(tx, term.replacedById) : Promise.resolve(null),
  ]);
  const snapshot: GlossaryTermSnapshot = {
    prefLabel: term.prefLabel,
    abbreviations: term.abbreviations,
    synonyms: term.synonyms,
    hiddenLabels: term.hiddenLabels,
    jointDefinition: term.jointDefinition,
    jointDefinitionSource: term.jointDefinitionSource,
    scopeNote: term.scopeNote,
    divergent: term.divergent,
    divergenceNote: term.divergenceNote,
    status: term.status,
    validFrom: term.validFrom,
    validUntil: term.validUntil,
    reviewDate: term.reviewDate,
    classification: term.classification,
    maintainingGroupName: group?.name ?? '',
    replacedByLabel: replacement?.prefLabel ?? null,
    definitions: Object.fromEntries(
      definitions.map((d) => [d.organisationCode, { text: d.text, source: d.source, explanation: d.explanation, example: d.example }]),
    ),
    relations: relations.map((r) => `${r.kind}: ${r.prefLabel}`),
  };
  return { term, snapshot };
}

/** Stores the term's current state as the snapshot of its current version. */
export async function recordGlossaryVersion(tx: Executor, termId: string, change: string, changedBy: string | null): Promise<GlossaryTermSnapshot> {
  const { term, snapshot } = await buildGlossarySnapshot(tx, termId);
  await insertGlossaryTermVersion(tx, { termId, version: term.version, change, snapshot, changedBy });
  return snapshot;
}
