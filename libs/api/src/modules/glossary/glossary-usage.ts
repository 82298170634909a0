import { findGlossaryDefinitions, listGlossaryTermsForExport, listGlossaryTermsForMatching, type Executor, type GlossaryReader } from '@srw/db';
import { buildGlossaryMatcher, type Actor, type FindGlossaryTermsInTextsInput, type GlossaryTextMatch } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { glossaryReaderOf, loadTermAccess } from './glossary.service';

/** A place where a term is used: another record whose text mentions it. */
export interface GlossaryUsage {
  /** The module that holds the record: 'glossary', later 'scenario', 'decision'... */
  module: string;
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
  const definitions = await findGlossaryDefinitions(db, others.map((r) => r.term.id));
  const usages: GlossaryUsage[] = [];
  for (const { term } of others) {
    const texts = [term.jointDefinition, term.scopeNote, ...definitions.filter((d) => d.termId === term.id).map((d) => d.text)];
    for (const text of texts) {
      const [match] = query.findIn(text);
      if (!match) continue;
      usages.push({ module: 'glossary', id: term.id, title: term.prefLabel, excerpt: excerptAround(text, match), href: `/begrippenlijst/${term.id}` });
      break;
    }
  }
  return usages;
};

export const glossaryUsageProviders: GlossaryUsageProvider[] = [glossaryTermUsages];

export async function findTermUsages(ctx: ServiceContext, actor: Actor, termId: string): Promise<GlossaryUsage[]> {
  const { term } = await loadTermAccess(ctx.db, actor, termId);
  const matcher = buildGlossaryMatcher([term]);
  const query: GlossaryUsageQuery = { termId, findIn: (text) => matcher(text).filter((m) => m.termId === termId), reader: glossaryReaderOf(actor) };
  const results = await Promise.all(glossaryUsageProviders.map((provider) => provider(ctx.db, query)));
  return results.flat();
}

export interface GlossaryTermInText {
  id: string;
  prefLabel: string;
  status: string;
  divergent: boolean;
  jointDefinition: string;
  definitions: { organisationCode: string; organisationName: string; text: string }[];
}

/**
 * The glossary terms in the given texts, for the glossary-aware text
 * component: the matches per text and the terms (with each organisation's meaning).
 */
export async function findTermsInTexts(ctx: ServiceContext, actor: Actor, input: FindGlossaryTermsInTextsInput) {
  const terms = await listGlossaryTermsForMatching(ctx.db, glossaryReaderOf(actor));
  const matcher = buildGlossaryMatcher(terms);
  const matches = input.texts.map((text) => matcher(text));
  const foundIds = [...new Set(matches.flat().map((m) => m.termId))];
  const definitions = await findGlossaryDefinitions(ctx.db, foundIds);
  const found: GlossaryTermInText[] = terms
    .filter((t) => foundIds.includes(t.id))
    .map((t) => ({
      id: t.id,
      prefLabel: t.prefLabel,
      status: t.status,
      divergent: t.divergent,
      jointDefinition: t.jointDefinition,
      definitions: definitions
        .filter((d) => d.termId === t.id)
        .map((d) => ({ organisationCode: d.organisationCode, organisationName: d.organisationName, text: d.text })),
    }));
  return { matches, terms: found };
}
