import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertGlossaryTermContent,
  assertGlossaryTermEditable,
  assertManualGlossaryTransition,
  assertReadyForProposal,
  assertReplacement,
  canTransitionGlossaryTerm,
  dedupeRelations,
  definitionsChanged,
  diffGlossarySnapshots,
  glossaryApprovalState,
  glossaryLabelKey,
  glossaryLetterOf,
  inverseRelationKind,
  labelsCollide,
  outcomeOfEdit,
  requiredApprovalOrganisations,
  statusAfterApproval,
  assertGlossaryCommentOpen,
  isGlossaryCommentOpen,
  assertReadyForGlossaryStatus,
  replacementAfter,
  needsReplacement,
  statusChangeResetsApprovals,
  glossarySearchLabels,
  glossarySearchDocument,
  type ApprovalRecord,
  type DefinitionState,
  type GlossaryTermSnapshot,
} from './glossary.rules';
import { glossaryTermStatuses, type GlossaryTermStatus } from './glossary.constants';

const DEF = 'org-defensie';
const POL = 'org-politie';
const KMAR = 'org-kmar';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

const approval = (organisationId: string, revision: number, userId = `u-${organisationId}`): ApprovalRecord => ({
  organisationId,
  userId,
  revision,
  approvedAt: new Date('2026-11-01T10:00:00Z'),
});

describe('preferred label uniqueness', () => {
  it('ignores case, accents and surrounding or repeated spaces', () => {
    expect(labelsCollide('Officier', 'officier')).toBe(true);
    expect(labelsCollide('officíer', 'OFFICIER')).toBe(true);
    expect(labelsCollide('  militaire   bijstand ', 'Militaire bijstand')).toBe(true);
    expect(labelsCollide('officier', 'officieren')).toBe(false);
    expect(labelsCollide('Officier van Justitie', 'officier')).toBe(false);
    expect(glossaryLabelKey('Éénheid')).toBe('eenheid');
  });

  it('files terms under their first letter without accents, others under #', () => {
    expect(glossaryLetterOf('Officier')).toBe('o');
    expect(glossaryLetterOf('Éénheid')).toBe('e');
    expect(glossaryLetterOf('112-melding')).toBe('#');
  });
});

describe('status transitions', () => {
  const allowed = new Set([
    'in_bewerking>voorgesteld',
    'in_bewerking>vervangen',
    'in_bewerking>vervallen',
    'voorgesteld>in_bewerking',
    'voorgesteld>vastgesteld',
    'voorgesteld>vervangen',
    'voorgesteld>vervallen',
    'vastgesteld>in_bewerking',
    'vastgesteld>voorgesteld',
    'vastgesteld>vervangen',
    'vastgesteld>vervallen',
    'vervangen>in_bewerking',
    'vervallen>in_bewerking',
  ]);
  const pairs = glossaryTermStatuses.flatMap((from) =>
    glossaryTermStatuses.map((to) => [from, to] as [GlossaryTermStatus, GlossaryTermStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransitionGlossaryTerm(from, to)).toBe(expected);
    const manual = codeOf(() => assertManualGlossaryTransition(from, to));
    // vastgesteld is never set by hand, only through co-approval.
    expect(manual).toBe(expected && to !== 'vastgesteld' ? null : 'INVALID_STATUS_TRANSITION');
  });

  it('keeps retired terms read-only until reopened', () => {
    expect(codeOf(() => assertGlossaryTermEditable('vervangen'))).toBe('RETIRED_NOT_EDITABLE');
    expect(codeOf(() => assertGlossaryTermEditable('vervallen'))).toBe('RETIRED_NOT_EDITABLE');
    for (const status of ['in_bewerking', 'voorgesteld', 'vastgesteld'] as const) {
      expect(codeOf(() => assertGlossaryTermEditable(status))).toBeNull();
    }
  });

  it('needs a living replacement term for vervangen', () => {
    expect(codeOf(() => assertReplacement('t1', 'vervangen', null, null))).toBe('REPLACEMENT_REQUIRED');
    expect(codeOf(() => assertReplacement('t1', 'vervangen', 't1', { id: 't1', status: 'vastgesteld' }))).toBe(
      'INVALID_REPLACEMENT',
    );
    expect(codeOf(() => assertReplacement('t1', 'vervangen', 't2', { id: 't2', status: 'vervallen' }))).toBe(
      'INVALID_REPLACEMENT',
    );
    expect(codeOf(() => assertReplacement('t1', 'vervangen', 't2', { id: 't2', status: 'vervangen' }))).toBe(
      'INVALID_REPLACEMENT',
    );
    expect(codeOf(() => assertReplacement('t1', 'vervangen', 't2', null))).toBe('INVALID_REPLACEMENT');
    expect(codeOf(() => assertReplacement('t1', 'vervangen', 't2', { id: 't2', status: 'in_bewerking' }))).toBeNull();
    expect(codeOf(() => assertReplacement('t1', 'vervallen', null, null))).toBeNull();
  });

  it('needs a definition before a term is proposed', () => {
    expect(codeOf(() => assertReadyForProposal({ definitions: [], jointDefinition: '  ' }))).toBe('NOTHING_TO_PROPOSE');
    expect(codeOf(() => assertReadyForProposal({ definitions: [], jointDefinition: 'Samen afgesproken.' }))).toBeNull();
    expect(
      codeOf(() =>
        assertReadyForProposal({
          definitions: [{ organisationId: DEF, text: 'x', source: '', explanation: '', example: '' }],
          jointDefinition: '',
        }),
      ),
    ).toBeNull();
  });
});

describe('what a manual status change checks and keeps', () => {
  it('checks for something to approve only when a term is proposed', () => {
    const empty = { definitions: [], jointDefinition: ' ' };
    expect(codeOf(() => assertReadyForGlossaryStatus('voorgesteld', empty))).toBe('NOTHING_TO_PROPOSE');
    expect(codeOf(() => assertReadyForGlossaryStatus('vervallen', empty))).toBeNull();
    expect(
      codeOf(() => assertReadyForGlossaryStatus('voorgesteld', { definitions: [], jointDefinition: 'Samen' })),
    ).toBeNull();
  });

  it('keeps the replacement only on a replaced term', () => {
    expect(replacementAfter('vervangen', 'other')).toBe('other');
    expect(replacementAfter('in_bewerking', 'other')).toBeNull();
    expect(glossaryTermStatuses.filter(needsReplacement)).toEqual(['vervangen']);
  });
});

describe('term content', () => {
  const def = (organisationId: string) => ({
    organisationId,
    text: 'betekenis',
    source: '',
    explanation: '',
    example: '',
  });
  const base = {
    definitions: [def(DEF), def(POL)],
    divergent: false,
    validFrom: null,
    validUntil: null,
    relations: [],
  };
  const context = { termId: 't1', groupOrganisationIds: [DEF, POL] };

  it('accepts a plain term', () => {
    expect(codeOf(() => assertGlossaryTermContent(base, context))).toBeNull();
  });
  it('needs two organisations for a divergent meaning', () => {
    expect(codeOf(() => assertGlossaryTermContent({ ...base, divergent: true }, context))).toBeNull();
    expect(
      codeOf(() => assertGlossaryTermContent({ ...base, divergent: true, definitions: [def(DEF)] }, context)),
    ).toBe('DIVERGENT_NEEDS_TWO');
  });
  it('refuses a validity period that ends before it starts', () => {
    expect(
      codeOf(() => assertGlossaryTermContent({ ...base, validFrom: '2026-05-01', validUntil: '2026-04-30' }, context)),
    ).toBe('INVALID_PERIOD');
    expect(
      codeOf(() => assertGlossaryTermContent({ ...base, validFrom: '2026-05-01', validUntil: '2026-05-01' }, context)),
    ).toBeNull();
  });
  it('takes definitions only from organisations in the maintaining group', () => {
    expect(codeOf(() => assertGlossaryTermContent({ ...base, definitions: [def(KMAR)] }, context))).toBe(
      'ORGANISATION_NOT_IN_GROUP',
    );
  });
  it('refuses a relation to the term itself', () => {
    expect(
      codeOf(() => assertGlossaryTermContent({ ...base, relations: [{ kind: 'related', termId: 't1' }] }, context)),
    ).toBe('SELF_RELATION');
    expect(
      codeOf(() =>
        assertGlossaryTermContent(
          { ...base, relations: [{ kind: 'related', termId: 't1' }] },
          { ...context, termId: null },
        ),
      ),
    ).toBeNull();
  });
  it('drops repeated relations and knows the inverse kinds', () => {
    expect(
      dedupeRelations([
        { kind: 'related', termId: 'a' },
        { kind: 'related', termId: 'a' },
        { kind: 'broader', termId: 'a' },
      ]),
    ).toHaveLength(2);
    expect(inverseRelationKind('broader')).toBe('narrower');
    expect(inverseRelationKind('narrower')).toBe('broader');
    expect(inverseRelationKind('related')).toBe('related');
  });
});

describe('co-approval', () => {
  it('needs an approval from each organisation with a definition', () => {
    expect(
      requiredApprovalOrganisations([{ organisationId: POL }, { organisationId: DEF }, { organisationId: POL }]),
    ).toEqual([DEF, POL].sort());
    const required = [DEF, POL];
    expect(glossaryApprovalState(required, [], 1).complete).toBe(false);
    const half = glossaryApprovalState(required, [approval(DEF, 1)], 1);
    expect(half.complete).toBe(false);
    expect(half.organisations.map((o) => [o.organisationId, o.approval?.userId ?? null])).toEqual([
      [DEF, `u-${DEF}`],
      [POL, null],
    ]);
    expect(glossaryApprovalState(required, [approval(DEF, 1), approval(POL, 1)], 1).complete).toBe(true);
    expect(statusAfterApproval(required, [approval(DEF, 1)], 1)).toBe('voorgesteld');
    expect(statusAfterApproval(required, [approval(DEF, 1), approval(POL, 1)], 1)).toBe('vastgesteld');
  });

  it('counts only approvals of the current revision', () => {
    const required = [DEF, POL];
    const approvals = [approval(DEF, 1), approval(POL, 1), approval(DEF, 2)];
    expect(glossaryApprovalState(required, approvals, 2).complete).toBe(false);
    expect(statusAfterApproval(required, approvals, 2)).toBe('voorgesteld');
    expect(statusAfterApproval(required, [...approvals, approval(POL, 2)], 2)).toBe('vastgesteld');
  });

  it('lets a single organisation set its own term, and a joint-only term needs one approval', () => {
    expect(statusAfterApproval([POL], [approval(POL, 1)], 1)).toBe('vastgesteld');
    expect(glossaryApprovalState([], [], 1).complete).toBe(false);
    expect(glossaryApprovalState([], [approval(KMAR, 1)], 1)).toMatchObject({
      complete: true,
      organisations: [{ organisationId: KMAR }],
    });
  });
});

describe('editing after approval', () => {
  const state: DefinitionState = {
    jointDefinition: 'Samen',
    jointDefinitionSource: '',
    definitions: [
      { organisationId: DEF, text: 'Militair met officiersrang', source: 'Wet' },
      { organisationId: POL, text: 'Officier van Justitie', source: '' },
    ],
  };

  it('sees a change to the joint definition, a definition text or source, or the set of organisations', () => {
    expect(definitionsChanged(state, { ...state, definitions: [...state.definitions].reverse() })).toBe(false);
    expect(definitionsChanged(state, { ...state, jointDefinition: 'Samen ' })).toBe(false);
    expect(definitionsChanged(state, { ...state, jointDefinition: 'Anders' })).toBe(true);
    expect(definitionsChanged(state, { ...state, jointDefinitionSource: 'Bron' })).toBe(true);
    const [first, second] = state.definitions;
    if (!first || !second) throw new Error('fixture');
    expect(definitionsChanged(state, { ...state, definitions: [{ ...first, text: 'Leidinggevende' }, second] })).toBe(
      true,
    );
    expect(definitionsChanged(state, { ...state, definitions: [{ ...first, source: 'Andere wet' }, second] })).toBe(
      true,
    );
    expect(definitionsChanged(state, { ...state, definitions: [first] })).toBe(true);
  });

  it.each([
    ['vastgesteld', true, 'voorgesteld', 4],
    ['vastgesteld', false, 'vastgesteld', 3],
    ['voorgesteld', true, 'voorgesteld', 4],
    ['voorgesteld', false, 'voorgesteld', 3],
    ['in_bewerking', true, 'in_bewerking', 4],
    ['in_bewerking', false, 'in_bewerking', 3],
  ] as [GlossaryTermStatus, boolean, GlossaryTermStatus, number][])(
    'an edit of a %s term (definitions changed: %s) leaves it %s at revision %i',
    (status, changed, expectedStatus, expectedRevision) => {
      expect(outcomeOfEdit(status, 3, changed)).toEqual({ status: expectedStatus, revision: expectedRevision });
    },
  );

  it('refuses edits of retired terms', () => {
    expect(codeOf(() => outcomeOfEdit('vervallen', 1, false))).toBe('RETIRED_NOT_EDITABLE');
    expect(codeOf(() => outcomeOfEdit('vervangen', 1, true))).toBe('RETIRED_NOT_EDITABLE');
  });
});

describe('version differences', () => {
  const snapshot: GlossaryTermSnapshot = {
    prefLabel: 'officier',
    abbreviations: [],
    synonyms: [],
    hiddenLabels: [],
    jointDefinition: '',
    jointDefinitionSource: '',
    scopeNote: '',
    divergent: true,
    divergenceNote: '',
    status: 'in_bewerking',
    validFrom: null,
    validUntil: null,
    reviewDate: null,
    classification: 'ONGERUBRICEERD',
    maintainingGroupName: 'Werkgroep',
    replacedByLabel: null,
    definitions: { DEFENSIE: { text: 'Militair', source: '', explanation: '', example: '' } },
    relations: [],
  };

  it('lists only the non-empty fields of a first version', () => {
    const fields = diffGlossarySnapshots(null, snapshot).map((c) => c.field);
    expect(fields).toEqual([
      'prefLabel',
      'divergent',
      'status',
      'classification',
      'maintainingGroupName',
      'definitions.DEFENSIE',
    ]);
  });

  it('lists changed fields and per-organisation definitions', () => {
    const next: GlossaryTermSnapshot = {
      ...snapshot,
      status: 'voorgesteld',
      synonyms: ['militaire leidinggevende'],
      definitions: {
        DEFENSIE: { text: 'Militair met een officiersrang', source: '', explanation: '', example: '' },
        POLITIE: { text: 'Officier van Justitie', source: '', explanation: '', example: '' },
      },
    };
    const changes = diffGlossarySnapshots(snapshot, next);
    expect(changes.map((c) => c.field)).toEqual(['synonyms', 'status', 'definitions.DEFENSIE', 'definitions.POLITIE']);
    expect(changes.find((c) => c.field === 'status')).toEqual({
      field: 'status',
      before: 'in_bewerking',
      after: 'voorgesteld',
    });
    expect(changes.find((c) => c.field === 'definitions.POLITIE')?.before).toBeNull();
    expect(diffGlossarySnapshots(snapshot, { ...snapshot })).toEqual([]);
  });
});

describe('approvals after a status change', () => {
  it.each([
    ['voorgesteld', 'in_bewerking', true],
    ['vastgesteld', 'in_bewerking', true],
    ['vervallen', 'in_bewerking', true],
    ['vastgesteld', 'voorgesteld', true],
    ['in_bewerking', 'voorgesteld', false],
    ['voorgesteld', 'vervallen', false],
    ['vastgesteld', 'vervangen', false],
  ] as [GlossaryTermStatus, GlossaryTermStatus, boolean][])('%s -> %s resets approvals: %s', (from, to, expected) => {
    expect(statusChangeResetsApprovals(from, to)).toBe(expected);
  });
});

describe('search text', () => {
  const term = {
    prefLabel: 'Officier van Justitie',
    abbreviations: ['OvJ'],
    synonyms: [],
    hiddenLabels: ['offcier'],
    jointDefinition: '',
    scopeNote: 'Let op',
  };
  it('folds every label into one haystack', () => {
    expect(glossarySearchLabels(term)).toBe('officier van justitie ; ovj ; offcier');
  });
  it('joins labels, definitions and notes, skipping empty parts', () => {
    expect(glossarySearchDocument(term, [{ text: 'Aanklager', explanation: '' }])).toBe(
      'Officier van Justitie\nOvJ\noffcier\nLet op\nAanklager',
    );
  });
});

describe('comments', () => {
  it('are resolved once', () => {
    expect(isGlossaryCommentOpen('open')).toBe(true);
    expect(isGlossaryCommentOpen('verwerkt')).toBe(false);
    expect(codeOf(() => assertGlossaryCommentOpen('open'))).toBeNull();
    expect(codeOf(() => assertGlossaryCommentOpen('verwerkt'))).toBe('COMMENT_ALREADY_RESOLVED');
    expect(codeOf(() => assertGlossaryCommentOpen('afgewezen'))).toBe('COMMENT_ALREADY_RESOLVED');
  });
});
