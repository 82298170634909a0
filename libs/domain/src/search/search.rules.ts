import { readsEveryGroup } from '../access/access.rules';
import type { Actor } from '../access/roles';
import type { Classification } from '../common/classification';
import { publicDecisionStatuses } from '../decisions/decisions.permissions';
import { withdrawnDecisionStatus } from '../decisions/decisions.rules';
import type { SearchKind } from './search.schema';

/**
 * Who may open a record of a kind, as data the search query turns into SQL. Every
 * kind is readable within its group (members of any role, and whoever reads every
 * group); some are also readable outside it. Mirrors the modules' own rules:
 * `canReadGroup`, `canReadGlossaryTerm`, `canReadDecision`, `canReadPlacement`,
 * `canReadRecommendation` (the tests in search.rules.test.ts tie them together).
 */
export interface SearchReadRule {
  /** Statuses in which a record is public to everyone signed in. */
  publicStatuses: readonly string[];
  /** Statuses in which a record is public once it was ever published (a withdrawn decision that had been adopted). */
  publicStatusesOncePublished: readonly string[];
  /** Markings at which a record is public to everyone signed in. */
  publicClassifications: readonly Classification[];
  /** A record without a working group is public to everyone signed in. */
  publicWithoutGroup: boolean;
  /** The people named on the record (the placed person, the proposer) may open it too. */
  namedReaders: boolean;
  /** The deployment's classification ceiling hides records above it. */
  withinCeiling: boolean;
}

const groupOnly: SearchReadRule = {
  publicStatuses: [],
  publicStatusesOncePublished: [],
  publicClassifications: [],
  publicWithoutGroup: false,
  namedReaders: false,
  withinCeiling: false,
};

export const searchReadRules: Record<SearchKind, SearchReadRule> = {
  working_group: groupOnly,
  glossary_term: { ...groupOnly, publicClassifications: ['ONGERUBRICEERD'] },
  scenario: groupOnly,
  exercise: groupOnly,
  decision: {
    ...groupOnly,
    publicStatuses: publicDecisionStatuses,
    publicStatusesOncePublished: [withdrawnDecisionStatus],
    withinCeiling: true,
  },
  placement: { ...groupOnly, namedReaders: true },
  recommendation: { ...groupOnly, publicWithoutGroup: true },
  assessment: groupOnly,
};

/** How a search reads for one person: every group, or their groups and what is public. */
export interface SearchReader {
  userId: string;
  readsEveryGroup: boolean;
  /** The markings this deployment shows (for kinds whose rule has `withinCeiling`). */
  classifications: readonly Classification[];
}

export function searchReaderOf(actor: Actor, classifications: readonly Classification[]): SearchReader {
  return { userId: actor.userId, readsEveryGroup: readsEveryGroup(actor), classifications };
}

/** A search document's access facts, as the search index stores them. */
export interface SearchDocumentAccess {
  kind: SearchKind;
  groupId: string | null;
  status: string;
  published: boolean;
  classification: Classification;
  namedReaderIds: readonly string[];
}

/**
 * Whether the reader may open a record: the same decision the SQL filter makes,
 * for tests and for anything that checks one record in TypeScript.
 */
export function canOpenSearchResult(reader: SearchReader, memberOfGroup: boolean, doc: SearchDocumentAccess): boolean {
  const rule = searchReadRules[doc.kind];
  if (rule.withinCeiling && !reader.classifications.includes(doc.classification)) return false;
  if (reader.readsEveryGroup) return true;
  if (doc.groupId !== null && memberOfGroup) return true;
  if (rule.publicStatuses.includes(doc.status)) return true;
  if (doc.published && rule.publicStatusesOncePublished.includes(doc.status)) return true;
  if (rule.publicClassifications.includes(doc.classification)) return true;
  if (rule.publicWithoutGroup && doc.groupId === null) return true;
  return rule.namedReaders && doc.namedReaderIds.includes(reader.userId);
}

/** Folded like the index folds: lower case, accents stripped, spaces collapsed. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words shorter than this match whole only: "r:*" would match nearly every record. */
const minPrefixLength = 3;

/**
 * The words of a query as terms for `to_tsquery('simple', …)`: letters and digits
 * only (nothing the tsquery parser could read as an operator), words of three or
 * more characters as prefixes (`drone:*`), all required. Null when nothing
 * searchable remains.
 */
export function searchPrefixQuery(raw: string): string | null {
  const words = foldSearchText(raw)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => (word.length >= minPrefixLength ? `${word}:*` : word)).join(' & ');
}

/** Where a result opens: the record's own page, or for a scan round its group's scan. */
export function searchResultHref(kind: SearchKind, recordId: string, groupId: string | null): string {
  switch (kind) {
    case 'working_group':
      return `/werkgroepen/${recordId}`;
    case 'glossary_term':
      return `/begrippenlijst/${recordId}`;
    case 'scenario':
      return `/scenarios/${recordId}`;
    case 'exercise':
      return `/oefeningen/${recordId}`;
    case 'decision':
      return `/afwegingskader/${recordId}`;
    case 'placement':
      return `/liaisons/${recordId}`;
    case 'recommendation':
      return `/aanbevelingen/${recordId}`;
    case 'assessment':
      return groupId ? `/werkgroepen/${groupId}/samenwerkingsscan` : '/werkgroepen';
  }
}

/** The markers `ts_headline` puts around a hit in a snippet (private-use characters, never in typed text). */
export const snippetMarkStart = '\uE000';
export const snippetMarkEnd = '\uE001';

/** A snippet split into plain and highlighted parts, for rendering without HTML. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const [index, piece] of snippet.split(snippetMarkStart).entries()) {
    if (index === 0) {
      if (piece !== '') parts.push({ text: piece.replaceAll(snippetMarkEnd, ''), hit: false });
      continue;
    }
    const end = piece.indexOf(snippetMarkEnd);
    const hit = end === -1 ? piece : piece.slice(0, end);
    const rest = end === -1 ? '' : piece.slice(end + 1).replaceAll(snippetMarkEnd, '');
    if (hit !== '') parts.push({ text: hit, hit: true });
    if (rest !== '') parts.push({ text: rest, hit: false });
  }
  return parts;
}

/**
 * A query that is exactly one record's code (R-4, B2) opens that record straight
 * away; anything else, or a code two records share, shows the results.
 */
export function searchJumpTarget<T extends { code: string | null }>(items: readonly T[], q: string): T | null {
  const folded = foldSearchText(q);
  const exact = items.filter((item) => item.code !== null && foldSearchText(item.code) === folded);
  return exact.length === 1 ? (exact[0] ?? null) : null;
}

/**
 * A query that looks like a code (R-4, B2, O7, 2026-03): one short token with a
 * digit. It is matched exactly and as full text, never by trigram closeness, which
 * would find every other code of the same letter.
 */
export function looksLikeCode(raw: string): boolean {
  const folded = foldSearchText(raw);
  return folded.length <= 12 && !folded.includes(' ') && /\d/.test(folded);
}
