import { describe, expect, it } from 'vitest';
import { canReadGroup } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { classificationLevels } from '../common/classification';
import { canReadDecision } from '../decisions/decisions.permissions';
import { decisionStatuses } from '../decisions/decisions.constants';
import { canReadGlossaryTerm } from '../glossary/glossary.permissions';
import { canReadPlacement } from '../placements/placements.permissions';
import { canReadRecommendation } from '../recommendations/recommendations.permissions';
import {
  canOpenSearchResult,
  foldSearchText,
  looksLikeCode,
  searchPrefixQuery,
  searchJumpTarget,
  searchReaderOf,
  searchResultHref,
  snippetMarkEnd,
  snippetMarkStart,
  snippetParts,
  type SearchDocumentAccess,
} from './search.rules';
import { searchKinds, type SearchKind } from './search.schema';

const globalRoles: Actor['globalRole'][] = ['member', 'management', 'admin'];
const groupRoles: (GroupRole | null)[] = [null, 'observer', 'member', 'chair'];
const everyMarking = [...classificationLevels];

function doc(kind: SearchKind, overrides: Partial<SearchDocumentAccess> = {}): SearchDocumentAccess {
  return {
    kind,
    groupId: 'g',
    status: '',
    published: false,
    classification: 'ONGERUBRICEERD',
    namedReaderIds: [],
    ...overrides,
  };
}

/** Every combination of a viewpoint: global role × role in the record's group. */
const viewpoints = globalRoles.flatMap((globalRole) =>
  groupRoles.map((groupRole) => ({ actor: { userId: 'u', organisationId: 'o', globalRole } as Actor, groupRole })),
);

describe('search access mirrors the modules', () => {
  it.each(viewpoints)('group-only kinds as $actor.globalRole with group role $groupRole', ({ actor, groupRole }) => {
    const reader = searchReaderOf(actor, everyMarking);
    for (const kind of ['working_group', 'scenario', 'exercise', 'assessment'] as const) {
      expect(canOpenSearchResult(reader, groupRole !== null, doc(kind))).toBe(canReadGroup(actor, groupRole));
    }
  });

  it.each(viewpoints)('glossary terms as $actor.globalRole with group role $groupRole', ({ actor, groupRole }) => {
    const reader = searchReaderOf(actor, everyMarking);
    for (const classification of classificationLevels) {
      expect(canOpenSearchResult(reader, groupRole !== null, doc('glossary_term', { classification }))).toBe(
        canReadGlossaryTerm(actor, classification, groupRole),
      );
    }
  });

  it.each(viewpoints)('decisions as $actor.globalRole with group role $groupRole', ({ actor, groupRole }) => {
    const reader = searchReaderOf(actor, everyMarking);
    for (const status of decisionStatuses) {
      for (const published of [false, true]) {
        const publishedAt = published ? new Date('2026-01-01T00:00:00Z') : null;
        expect(canOpenSearchResult(reader, groupRole !== null, doc('decision', { status, published }))).toBe(
          canReadDecision(actor, groupRole, { status, publishedAt }),
        );
      }
    }
  });

  it('hides decisions above the ceiling, even from admins', () => {
    const admin = searchReaderOf({ userId: 'u', organisationId: 'o', globalRole: 'admin' }, ['ONGERUBRICEERD']);
    const secret = doc('decision', { status: 'vastgesteld', classification: 'DEPARTEMENTAAL_VERTROUWELIJK' });
    expect(canOpenSearchResult(admin, true, secret)).toBe(false);
  });

  it.each(viewpoints)('placements and recommendations as $actor.globalRole with group role $groupRole', (view) => {
    const { actor, groupRole } = view;
    const reader = searchReaderOf(actor, everyMarking);
    for (const named of [false, true]) {
      const placement = doc('placement', { namedReaderIds: named ? ['u'] : ['x'] });
      expect(canOpenSearchResult(reader, groupRole !== null, placement)).toBe(
        canReadPlacement(actor, { groupRole, isPerson: named, isProposer: false }),
      );
    }
    for (const groupId of ['g', null]) {
      const member = groupId !== null && groupRole !== null;
      expect(canOpenSearchResult(reader, member, doc('recommendation', { groupId }))).toBe(
        canReadRecommendation(actor, groupId, groupId === null ? null : groupRole),
      );
    }
  });
});

describe('search text helpers', () => {
  it('folds like the glossary and builds a safe prefix query', () => {
    expect(foldSearchText('  Officier  van Justítie ')).toBe('officier van justitie');
    expect(searchPrefixQuery('R-4')).toBe('r & 4');
    expect(searchPrefixQuery('Drone OM')).toBe('drone:* & om');
    expect(searchPrefixQuery("drones & !(x) 'y'")).toBe('drones:* & x & y');
    expect(searchPrefixQuery(' -- ')).toBeNull();
  });

  it('splits a snippet into plain text and hits without HTML', () => {
    const snippet = `Mogen ${snippetMarkStart}drones${snippetMarkEnd} <b>ingezet</b> ${snippetMarkStart}worden${snippetMarkEnd}`;
    expect(snippetParts(snippet)).toEqual([
      { text: 'Mogen ', hit: false },
      { text: 'drones', hit: true },
      { text: ' <b>ingezet</b> ', hit: false },
      { text: 'worden', hit: true },
    ]);
  });

  it('links every kind to its page', () => {
    for (const kind of searchKinds) expect(searchResultHref(kind, 'r', 'g')).toMatch(/^\/[a-z]/);
    expect(searchResultHref('assessment', 'r', 'g')).toBe('/werkgroepen/g/samenwerkingsscan');
  });
});

describe('jumping to a code', () => {
  it('opens the one record whose code is the query, never a shared or partial one', () => {
    const r4 = { code: 'R-4' };
    expect(searchJumpTarget([{ code: null }, r4, { code: 'R-40' }], ' r-4 ')).toBe(r4);
    expect(searchJumpTarget([r4, { code: 'R-4' }], 'R-4')).toBeNull();
    expect(searchJumpTarget([{ code: 'R-40' }], 'R-4')).toBeNull();
  });
});

describe('codes', () => {
  it('recognises a code by a short token with a digit', () => {
    for (const code of ['R-4', 'b2', 'O7', 'R-1234']) expect(looksLikeCode(code)).toBe(true);
    for (const text of ['OM', 'drones', 'Officier van Justitie', 'R 4', 'zoekactie2026extra']) {
      expect(looksLikeCode(text)).toBe(false);
    }
  });
});
