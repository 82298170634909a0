import {
  findGlossaryDefinitions,
  listDecisionTextsForGlossary,
  listGlossaryTermsForExport,
  listRecommendationTextsForGlossary,
  listScenarioTextsForGlossary,
  type Executor,
  type GlossaryReader,
} from '@srw/db';
import { buildGlossaryMatcher, readsEveryGroup, type Actor, type GlossaryTextMatch } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { decisionReaderOf } from '../decisions/decisions-access';
import { recommendationScopeOf } from '../recommendations/recommendations-access';
import { glossaryReaderOf, loadGlossaryTermAccess } from './glossary-access';

/** A place where a term is used: another record whose text mentions it. */
export interface GlossaryUsage {
  /** The module that holds the record. */
  module: 'glossary' | 'scenario' | 'decision' | 'recommendation';
  id: string;
  title: string;
  /** The sentence around the first mention. */
  excerpt: string;
  /** App path to the record. */
  href: string;
}

export interface GlossaryUsageQuery {
  termId: string;
  /** Finds this term in a text (its labels, inflections and abbreviations). */
  findIn(text: string): GlossaryTextMatch[];
  reader: GlossaryReader;
  /** Who asks: each provider lists only records this actor may read. */
  actor: Actor;
  classificationCeiling: ServiceContext['classificationCeiling'];
}

/** The first of a record's texts that mentions the term, as a usage. */
export function usageIn(
  query: GlossaryUsageQuery,
  record: Omit<GlossaryUsage, 'excerpt'>,
  texts: readonly string[],
): GlossaryUsage | null {
  for (const text of texts) {
    const [match] = query.findIn(text);
    if (match) return { ...record, excerpt: excerptAround(text, match) };
  }
  return null;
}

/**
 * Back-links: each module that holds texts adds a provider here, finding the
 * term in its records with `query.findIn` (the same matcher as `findGlossaryTermsInText`).
 */
export type GlossaryUsageProvider = (db: Executor, query: GlossaryUsageQuery) => Promise<GlossaryUsage[]>;

export function excerptAround(text: string, match: GlossaryTextMatch, width = 80): string {
  const start = Math.max(0, match.start - width);
  const end = Math.min(text.length, match.end + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Other glossary terms whose definitions or notes mention the term. */
const glossaryTermUsages: GlossaryUsageProvider = async (db, query) => {
  const rows = await listGlossaryTermsForExport(db, query.reader, false);
  const others = rows.filter((r) => r.term.id !== query.termId);
  const definitions = await findGlossaryDefinitions(
    db,
    others.map((r) => r.term.id),
  );
  // Grouped once: filtering all definitions per term was quadratic (minutes of CPU at 50,000 terms).
  const definitionTexts = new Map<string, string[]>();
  for (const definition of definitions) {
    const texts = definitionTexts.get(definition.termId);
    if (texts) texts.push(definition.text);
    else definitionTexts.set(definition.termId, [definition.text]);
  }
  return others.flatMap(({ term }) => {
    const texts = [term.jointDefinition, term.scopeNote, ...(definitionTexts.get(term.id) ?? [])];
    const usage = usageIn(
      query,
      { module: 'glossary', id: term.id, title: term.prefLabel, href: `/begrippenlijst/${term.id}` },
      texts,
    );
    return usage ? [usage] : [];
  });
};

/** Scenarios whose problem statement or perspectives mention the term (only of groups the actor reads). */
const scenarioUsages: GlossaryUsageProvider = async (db, query) => {
  const rows = await listScenarioTextsForGlossary(db, {
    userId: query.actor.userId,
    allGroups: readsEveryGroup(query.actor),
  });
  return rows.flatMap((row) => {
    const usage = usageIn(
      query,
      { module: 'scenario', id: row.id, title: row.title, href: `/scenarios/${row.id}` },
      row.texts,
    );
    return usage ? [usage] : [];
  });
};

/** Decisions whose question, context, conditions or information-sharing rules mention the term (only those the actor may read). */
const decisionUsages: GlossaryUsageProvider = async (db, query) => {
  const rows = await listDecisionTextsForGlossary(
    db,
    decisionReaderOf({ classificationCeiling: query.classificationCeiling }, query.actor),
  );
  return rows.flatMap((row) => {
    const usage = usageIn(
      query,
      { module: 'decision', id: row.id, title: row.question, href: `/afwegingskader/${row.id}` },
      [row.question, row.context, ...row.conditions.map((c) => c.text), ...row.sharingRuleTexts],
    );
    return usage ? [usage] : [];
  });
};

/** Recommendations whose title or description mention the term (only those the actor may see). */
const recommendationUsages: GlossaryUsageProvider = async (db, query) => {
  const rows = await listRecommendationTextsForGlossary(db, recommendationScopeOf(query.actor));
  return rows.flatMap((row) => {
    const usage = usageIn(
      query,
      { module: 'recommendation', id: row.id, title: `${row.code} ${row.title}`, href: `/aanbevelingen/${row.id}` },
      [row.title, row.description],
    );
    return usage ? [usage] : [];
  });
};

export const glossaryUsageProviders: GlossaryUsageProvider[] = [
  glossaryTermUsages,
  scenarioUsages,
  decisionUsages,
  recommendationUsages,
];

export async function findTermUsages(ctx: ServiceContext, actor: Actor, termId: string): Promise<GlossaryUsage[]> {
  const { term } = await loadGlossaryTermAccess(ctx.db, actor, termId);
  const matcher = buildGlossaryMatcher([term]);
  const query: GlossaryUsageQuery = {
    termId,
    findIn: (text) => matcher(text).filter((m) => m.termId === termId),
    reader: glossaryReaderOf(actor),
    actor,
    classificationCeiling: ctx.classificationCeiling,
  };
  const results = await Promise.all(glossaryUsageProviders.map((provider) => provider(ctx.db, query)));
  return results.flat();
}
