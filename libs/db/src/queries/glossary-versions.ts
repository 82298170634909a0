import { asc, eq } from 'drizzle-orm';
import type { GlossaryTermSnapshot } from '@srw/domain';
import type { Executor } from '../client';
import { glossaryTermVersions, users, type GlossaryTermRow } from '../schema';
import { findGlossaryDefinitions, findGlossaryRelations, findGlossaryTerm } from './glossary';
import { findWorkingGroup } from './working-groups';

export async function insertGlossaryTermVersion(
  db: Executor,
  values: { termId: string; version: number; change: string; snapshot: GlossaryTermSnapshot; changedBy: string | null },
): Promise<void> {
  await db.insert(glossaryTermVersions).values(values);
}

export async function listGlossaryTermVersions(db: Executor, termId: string) {
  return db
    .select({
      version: glossaryTermVersions.version,
      change: glossaryTermVersions.change,
      snapshot: glossaryTermVersions.snapshot,
      changedAt: glossaryTermVersions.changedAt,
      changedById: glossaryTermVersions.changedBy,
      changedByName: users.name,
    })
    .from(glossaryTermVersions)
    .leftJoin(users, eq(users.id, glossaryTermVersions.changedBy))
    .where(eq(glossaryTermVersions.termId, termId))
    .orderBy(asc(glossaryTermVersions.version));
}

/** A readable snapshot of the term as it is now (labels instead of ids). */
export async function buildGlossarySnapshot(
  db: Executor,
  termId: string,
): Promise<{ term: GlossaryTermRow; snapshot: GlossaryTermSnapshot }> {
  const term = await findGlossaryTerm(db, termId);
  if (!term) throw new Error(`glossary term ${termId} vanished`);
  const [definitions, relations, group, replacement] = await Promise.all([
    findGlossaryDefinitions(db, [termId]),
    findGlossaryRelations(db, termId, { userId: '', seesAllClassified: true }),
    findWorkingGroup(db, term.maintainingGroupId),
    term.replacedById ? findGlossaryTerm(db, term.replacedById) : Promise.resolve(null),
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
      definitions.map((d) => [
        d.organisationCode,
        { text: d.text, source: d.source, explanation: d.explanation, example: d.example },
      ]),
    ),
    relations: relations.map((r) => `${r.kind}: ${r.prefLabel}`),
  };
  return { term, snapshot };
}

/** Stores the term's current state as the snapshot of its current version: every change of a term ends with this. */
export async function recordGlossaryVersion(
  db: Executor,
  termId: string,
  change: string,
  changedBy: string | null,
): Promise<GlossaryTermSnapshot> {
  const { term, snapshot } = await buildGlossarySnapshot(db, termId);
  await insertGlossaryTermVersion(db, { termId, version: term.version, change, snapshot, changedBy });
  return snapshot;
}

/** The snapshot of the term's latest recorded version (empty before the first), for an audit event's `before`. */
export async function findLatestGlossarySnapshot(db: Executor, termId: string): Promise<Record<string, unknown>> {
  const versions = await listGlossaryTermVersions(db, termId);
  return { ...(versions.at(-1)?.snapshot ?? {}) };
}
