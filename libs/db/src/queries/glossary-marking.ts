import { count, max, notInArray, sql, sum } from 'drizzle-orm';
import { retiredGlossaryStatuses, type Classification } from '@srw/domain';
import type { Executor } from '../client';
import { glossaryTerms } from '../schema/glossary-terms';

/**
 * Changes whenever a term is added or updated: terms are never deleted and every
 * update goes through `updateVersioned`, which bumps `version`, so the count and
 * the sum of versions only grow. One aggregate over the table's rows, no term
 * text: what every instance asks before it trusts its cached marking index.
 */
export async function findGlossaryIndexFingerprint(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      terms: count(),
      versions: sum(glossaryTerms.version),
      lastUpdate: max(glossaryTerms.updatedAt),
    })
    .from(glossaryTerms);
  return `${row?.terms ?? 0}:${row?.versions ?? 0}:${row?.lastUpdate?.toISOString() ?? ''}`;
}

export interface GlossaryIndexTerm {
  id: string;
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  divergent: boolean;
  jointDefinition: string;
  classification: Classification;
  maintainingGroupId: string;
}

/**
 * Every living term with its labels and what decides who may read it, for the
 * marking index shared by all readers (each request filters by its reader).
 */
export async function listGlossaryTermsForIndex(db: Executor): Promise<GlossaryIndexTerm[]> {
  return db
    .select({
      id: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      abbreviations: glossaryTerms.abbreviations,
      synonyms: glossaryTerms.synonyms,
      divergent: glossaryTerms.divergent,
      jointDefinition: glossaryTerms.jointDefinition,
      classification: glossaryTerms.classification,
      maintainingGroupId: glossaryTerms.maintainingGroupId,
    })
    .from(glossaryTerms)
    .where(notInArray(glossaryTerms.status, [...retiredGlossaryStatuses]))
    .orderBy(sql`${glossaryTerms.labelKey}`);
}
