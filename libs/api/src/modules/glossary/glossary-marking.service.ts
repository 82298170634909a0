import {
  findGlossaryDefinitions,
  findGlossaryIndexFingerprint,
  findGroupIdsOfUser,
  listGlossaryTermsForIndex,
  type Executor,
  type GlossaryIndexTerm,
} from '@srw/db';
import {
  buildGlossaryMatcher,
  canReadGlossaryTermAsMember,
  readsEveryGroup,
  type Actor,
  type FindGlossaryTermsInTextsInput,
  type GlossaryMatcher,
  type GlossaryTextMatch,
} from '@srw/domain';
import type { ServiceContext } from '../../context';

/**
 * The marking index: every living term's labels, built once per glossary
 * version and shared by every reader of this process. Each request asks the
 * database for the version (`findGlossaryIndexFingerprint`, one aggregate), so
 * a change written through any instance is seen by all of them on their next
 * request; the labels themselves are read again only after a change.
 */
interface MarkingIndex {
  fingerprint: string;
  terms: Map<string, GlossaryIndexTerm>;
  matcher: GlossaryMatcher;
}

/** Per database handle (tests open several in one process); one entry each. */
const indexes = new WeakMap<object, MarkingIndex>();
const building = new WeakMap<object, Promise<MarkingIndex>>();

async function buildIndex(db: Executor, fingerprint: string): Promise<MarkingIndex> {
  const terms = await listGlossaryTermsForIndex(db);
  return { fingerprint, terms: new Map(terms.map((t) => [t.id, t])), matcher: buildGlossaryMatcher(terms) };
}

/** The index for the glossary as it is now: the cached one, or one built (once, however many ask at once). */
export async function glossaryMarkingIndex(db: Executor): Promise<MarkingIndex> {
  const fingerprint = await findGlossaryIndexFingerprint(db);
  const cached = indexes.get(db);
  if (cached?.fingerprint === fingerprint) return cached;
  const pending = building.get(db);
  if (pending) {
    const index = await pending;
    if (index.fingerprint === fingerprint) return index;
  }
  const next = buildIndex(db, fingerprint);
  building.set(db, next);
  try {
    const index = await next;
    indexes.set(db, index);
    return index;
  } finally {
    if (building.get(db) === next) building.delete(db);
  }
}

/** Which indexed terms this reader may see: the glossary's read rule, per term. */
async function readableBy(db: Executor, actor: Actor, index: MarkingIndex): Promise<(termId: string) => boolean> {
  const groupIds = readsEveryGroup(actor) ? new Set<string>() : new Set(await findGroupIdsOfUser(db, actor.userId));
  return (termId) => {
    const term = index.terms.get(termId);
    return (
      term !== undefined &&
      canReadGlossaryTermAsMember(actor, term.classification, groupIds.has(term.maintainingGroupId))
    );
  };
}

/** A found term as the text component shows it: link, and each organisation's meaning when they differ. */
export interface MarkedTerm {
  id: string;
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  divergent: boolean;
  jointDefinition: string;
  definitions: { organisationCode: string; organisationName: string; text: string }[];
}

/**
 * The glossary terms in the given texts, for the glossary-aware text component
 * and other callers of the API: the matches per text, and only the terms found
 * (with each organisation's meaning). The page sends its texts; the glossary
 * never leaves the server, and the work per request is the texts' length plus
 * the found terms' definitions, whatever the glossary's size.
 */
export async function findTermsInTexts(
  ctx: ServiceContext,
  actor: Actor,
  input: FindGlossaryTermsInTextsInput,
): Promise<{ matches: GlossaryTextMatch[][]; terms: MarkedTerm[] }> {
  const index = await glossaryMarkingIndex(ctx.db);
  const readable = await readableBy(ctx.db, actor, index);
  const matches = input.texts.map((text) => index.matcher(text, readable));
  const foundIds = [...new Set(matches.flat().map((m) => m.termId))];
  const definitions = await findGlossaryDefinitions(ctx.db, foundIds);
  const terms = foundIds.flatMap((id) => {
    const term = index.terms.get(id);
    if (!term) return [];
    return [
      {
        id: term.id,
        prefLabel: term.prefLabel,
        abbreviations: term.abbreviations,
        synonyms: term.synonyms,
        divergent: term.divergent,
        jointDefinition: term.jointDefinition,
        definitions: definitions
          .filter((d) => d.termId === id)
          .map((d) => ({ organisationCode: d.organisationCode, organisationName: d.organisationName, text: d.text })),
      },
    ];
  });
  return { matches, terms };
}
