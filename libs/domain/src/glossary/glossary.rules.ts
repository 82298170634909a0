import type { Classification } from '../common/classification';
import { DomainError } from '../errors';
import { glossaryErrors } from './glossary.errors';
import type { GlossaryTermContent } from './glossary.schema';
import {
  retiredGlossaryStatuses,
  type GlossaryCommentStatus,
  type GlossaryRelationKind,
  type GlossaryTermStatus,
} from './glossary.constants';

/** Lower case, accents stripped, whitespace collapsed: "Officíer  " and "officier" compare equal. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------
// Labels

/** The key that makes a preferred label unique: case and accents do not count. */
export function glossaryLabelKey(label: string): string {
  return normalizeForComparison(label);
}

export function labelsCollide(a: string, b: string): boolean {
  return glossaryLabelKey(a) === glossaryLabelKey(b);
}

/** The A–Z letter a term is filed under ('#' for digits and symbols). */
export function glossaryLetterOf(label: string): string {
  const first = glossaryLabelKey(label).charAt(0);
  return /^[a-z]$/.test(first) ? first : '#';
}

// ---------------------------------------------------------------------------
// Status

const allowedTransitions: Record<GlossaryTermStatus, readonly GlossaryTermStatus[]> = {
  in_bewerking: ['voorgesteld', 'vervangen', 'vervallen'],
  voorgesteld: ['in_bewerking', 'vastgesteld', 'vervangen', 'vervallen'],
  vastgesteld: ['in_bewerking', 'voorgesteld', 'vervangen', 'vervallen'],
  vervangen: ['in_bewerking'],
  vervallen: ['in_bewerking'],
};

export function isRetiredGlossaryStatus(status: GlossaryTermStatus): boolean {
  return retiredGlossaryStatuses.includes(status);
}

export function canTransitionGlossaryTerm(from: GlossaryTermStatus, to: GlossaryTermStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** A status change by hand; `vastgesteld` can only follow from co-approval. */
export function assertManualGlossaryTransition(from: GlossaryTermStatus, to: GlossaryTermStatus): void {
  if (to === 'vastgesteld' || !canTransitionGlossaryTerm(from, to)) {
    throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  }
}

export function assertGlossaryTermEditable(status: GlossaryTermStatus): void {
  if (isRetiredGlossaryStatus(status)) throw new DomainError(glossaryErrors.RETIRED_NOT_EDITABLE);
}

export interface ReplacementCandidate {
  id: string;
  status: GlossaryTermStatus;
}

/** Only `vervangen` names a replacement term. */
export function needsReplacement(to: GlossaryTermStatus): boolean {
  return to === 'vervangen';
}

/** `vervangen` needs a replacement that is another, living term; other statuses carry none. */
export function assertReplacement(
  termId: string,
  to: GlossaryTermStatus,
  replacedById: string | null,
  replacement: ReplacementCandidate | null,
): void {
  if (!needsReplacement(to)) return;
  if (!replacedById) throw new DomainError(glossaryErrors.REPLACEMENT_REQUIRED, { field: 'replacedById' });
  if (!replacement || replacement.id === termId || isRetiredGlossaryStatus(replacement.status)) {
    throw new DomainError(glossaryErrors.INVALID_REPLACEMENT, { field: 'replacedById' });
  }
}

/** Proposing a term for approval needs something to approve. */
export function assertReadyForProposal(content: Pick<GlossaryTermContent, 'definitions' | 'jointDefinition'>): void {
  if (content.definitions.length === 0 && content.jointDefinition.trim() === '') {
    throw new DomainError(glossaryErrors.NOTHING_TO_PROPOSE, { field: 'definitions' });
  }
}

/** Moving a term to `voorgesteld` needs something to approve; other moves need nothing. */
export function assertReadyForGlossaryStatus(
  to: GlossaryTermStatus,
  content: Pick<GlossaryTermContent, 'definitions' | 'jointDefinition'>,
): void {
  if (to === 'voorgesteld') assertReadyForProposal(content);
}

/** A term names its replacement only while it is `vervangen`. */
export function replacementAfter(to: GlossaryTermStatus, replacedById: string | null): string | null {
  return needsReplacement(to) ? replacedById : null;
}

// ---------------------------------------------------------------------------
// Content

export interface GlossaryContentContext {
  /** The term being edited; null when creating. */
  termId: string | null;
  /** Organisations that take part in the maintaining group. */
  groupOrganisationIds: readonly string[];
}

export function assertGlossaryTermContent(
  content: Pick<GlossaryTermContent, 'definitions' | 'divergent' | 'validFrom' | 'validUntil' | 'relations'>,
  context: GlossaryContentContext,
): void {
  if (content.divergent && content.definitions.length < 2) {
    throw new DomainError(glossaryErrors.DIVERGENT_NEEDS_TWO, { field: 'divergent' });
  }
  if (content.validFrom && content.validUntil && content.validUntil < content.validFrom) {
    throw new DomainError(glossaryErrors.INVALID_PERIOD, { field: 'validUntil' });
  }
  for (const definition of content.definitions) {
    if (!context.groupOrganisationIds.includes(definition.organisationId)) {
      throw new DomainError(glossaryErrors.ORGANISATION_NOT_IN_GROUP, { field: 'definitions' });
    }
  }
  if (context.termId && content.relations.some((r) => r.termId === context.termId)) {
    throw new DomainError(glossaryErrors.SELF_RELATION, { field: 'relations' });
  }
}

/** Drops repeated relations (same kind and target). */
export function dedupeRelations<T extends { kind: GlossaryRelationKind; termId: string }>(
  relations: readonly T[],
): T[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.kind}:${r.termId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function inverseRelationKind(kind: GlossaryRelationKind): GlossaryRelationKind {
  if (kind === 'broader') return 'narrower';
  if (kind === 'narrower') return 'broader';
  return 'related';
}

// ---------------------------------------------------------------------------
// Co-approval

/** What an approval is about: the definitions. */
export interface DefinitionState {
  jointDefinition: string;
  jointDefinitionSource: string;
  definitions: readonly { organisationId: string; text: string; source: string }[];
}

function definitionKey(state: DefinitionState): string {
  const defs = [...state.definitions]
    .map((d) => [d.organisationId, d.text.trim(), d.source.trim()])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return JSON.stringify([state.jointDefinition.trim(), state.jointDefinitionSource.trim(), defs]);
}

/**
 * True when the joint definition or any organisation's definition (its text,
 * its source, or which organisations have one) differs: approvals no longer hold.
 */
export function definitionsChanged(before: DefinitionState, after: DefinitionState): boolean {
  return definitionKey(before) !== definitionKey(after);
}

/** The organisations whose approval is needed: every organisation with a definition. */
export function requiredApprovalOrganisations(definitions: readonly { organisationId: string }[]): string[] {
  return [...new Set(definitions.map((d) => d.organisationId))].sort();
}

export interface ApprovalRecord {
  organisationId: string;
  /** Null once the approving account is gone; the approval still counts. */
  userId: string | null;
  /** The definition revision that was approved. */
  revision: number;
  approvedAt: Date;
}

export interface ApprovalState {
  /** Per required organisation, the approval of the current revision (or null). */
  organisations: { organisationId: string; approval: ApprovalRecord | null }[];
  complete: boolean;
}

/**
 * Co-approval: complete when each organisation with a definition approved the
 * current revision. A term with only a joint definition needs one approval.
 */
export function glossaryApprovalState(
  requiredOrganisationIds: readonly string[],
  approvals: readonly ApprovalRecord[],
  currentRevision: number,
): ApprovalState {
  const current = approvals.filter((a) => a.revision === currentRevision);
  if (requiredOrganisationIds.length === 0) {
    const organisations = current.map((approval) => ({ organisationId: approval.organisationId, approval }));
    return { organisations, complete: current.length > 0 };
  }
  const organisations = requiredOrganisationIds.map((organisationId) => ({
    organisationId,
    approval: current.find((a) => a.organisationId === organisationId) ?? null,
  }));
  return { organisations, complete: organisations.every((o) => o.approval !== null) };
}

/** After an approval is added: set once every required organisation approved. */
export function statusAfterApproval(
  requiredOrganisationIds: readonly string[],
  approvals: readonly ApprovalRecord[],
  currentRevision: number,
): GlossaryTermStatus {
  return glossaryApprovalState(requiredOrganisationIds, approvals, currentRevision).complete
    ? 'vastgesteld'
    : 'voorgesteld';
}

export interface EditOutcome {
  status: GlossaryTermStatus;
  revision: number;
}

/**
 * An edit of the definitions starts a new revision: earlier approvals no
 * longer count, and a set term goes back to `voorgesteld` for re-approval.
 */
export function outcomeOfEdit(status: GlossaryTermStatus, revision: number, changedDefinitions: boolean): EditOutcome {
  assertGlossaryTermEditable(status);
  if (!changedDefinitions) return { status, revision };
  return { status: status === 'vastgesteld' ? 'voorgesteld' : status, revision: revision + 1 };
}

// ---------------------------------------------------------------------------
// Version history

export interface GlossaryTermSnapshot {
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  status: GlossaryTermStatus;
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  classification: Classification;
  maintainingGroupName: string;
  replacedByLabel: string | null;
  /** Keyed by organisation code. */
  definitions: Record<string, { text: string; source: string; explanation: string; example: string }>;
  /** "kind: label" lines. */
  relations: string[];
}

export interface SnapshotChange {
  /** Field name; per-organisation definitions as `definitions.<CODE>`. */
  field: string;
  before: unknown;
  after: unknown;
}

/** The differences between two versions of a term, field by field. */
export function diffGlossarySnapshots(
  before: GlossaryTermSnapshot | null,
  after: GlossaryTermSnapshot,
): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const keys = Object.keys(after) as (keyof GlossaryTermSnapshot)[];
  for (const key of keys) {
    if (key === 'definitions') continue;
    const a = before ? before[key] : null;
    const b = after[key];
    const empty = (value: unknown) =>
      value === null || value === '' || (Array.isArray(value) && value.length === 0) || value === false;
    if (!before && empty(b)) continue;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field: key, before: a, after: b });
  }
  const codes = new Set([...Object.keys(before?.definitions ?? {}), ...Object.keys(after.definitions)]);
  for (const code of [...codes].sort()) {
    const a = before?.definitions[code] ?? null;
    const b = after.definitions[code] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field: `definitions.${code}`, before: a, after: b });
  }
  return changes;
}

/**
 * Sending a term back to `in_bewerking`, or reopening a set term for approval,
 * starts a new revision: earlier approvals stay in the history but no longer count.
 */
export function statusChangeResetsApprovals(from: GlossaryTermStatus, to: GlossaryTermStatus): boolean {
  return to === 'in_bewerking' || (from === 'vastgesteld' && to === 'voorgesteld');
}

// ---------------------------------------------------------------------------
// Search

/** All labels folded into one string: the haystack for substring and trigram search. */
export function glossarySearchLabels(term: {
  prefLabel: string;
  abbreviations: readonly string[];
  synonyms: readonly string[];
  hiddenLabels: readonly string[];
}): string {
  return [term.prefLabel, ...term.abbreviations, ...term.synonyms, ...term.hiddenLabels]
    .map(normalizeForComparison)
    .join(' ; ');
}

/** Labels, definitions and notes: the document for Dutch full-text search. */
export function glossarySearchDocument(
  term: {
    prefLabel: string;
    abbreviations: readonly string[];
    synonyms: readonly string[];
    hiddenLabels: readonly string[];
    jointDefinition: string;
    scopeNote: string;
  },
  definitions: readonly { text: string; explanation: string }[],
): string {
  return [
    term.prefLabel,
    ...term.abbreviations,
    ...term.synonyms,
    ...term.hiddenLabels,
    term.jointDefinition,
    term.scopeNote,
    ...definitions.flatMap((d) => [d.text, d.explanation]),
  ]
    .filter((part) => part.trim() !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------
// Comments

/** A comment is resolved once: handled (`verwerkt`) or declined (`afgewezen`). */
export function isGlossaryCommentOpen(status: GlossaryCommentStatus): boolean {
  return status === 'open';
}

export function assertGlossaryCommentOpen(status: GlossaryCommentStatus): void {
  if (!isGlossaryCommentOpen(status)) throw new DomainError(glossaryErrors.COMMENT_ALREADY_RESOLVED);
}
