import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertCanSignOff,
  assertCanSupersede,
  assertDecisionEditable,
  assertDecisionOrganisationsInGroup,
  assertDecisionTransition,
  assertKnownConditionCodes,
  assertOutcomeConditions,
  assertReviewNeeded,
  assertSharingRulesValid,
  canSignOff,
  canTransitionDecision,
  decisionsToFlagForReview,
  effectOfEdit,
  effectOfStatusChange,
  isWithdrawal,
  isMaterialChange,
  isOpenQuestion,
  missingSignOffs,
  openQuestionAgeDays,
  type DecisionRuling,
  type SignOffAttempt,
} from './decisions.rules';
import { decisionOutcomes, decisionStatuses, type DecisionStatus } from './decisions.constants';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

describe('decision lifecycle', () => {
  const allowed = new Set([
    'concept>voorgesteld',
    'concept>ingetrokken',
    'voorgesteld>concept',
    'voorgesteld>vastgesteld',
    'voorgesteld>ingetrokken',
    'vastgesteld>vervangen',
    'vastgesteld>ingetrokken',
  ]);
  const pairs = decisionStatuses.flatMap((from) =>
    decisionStatuses.map((to) => [from, to] as [DecisionStatus, DecisionStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canTransitionDecision(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  const ok = { missingSignOffs: [], reason: 'Wetgeving gewijzigd' };
  it('allows the regular path when all organisations signed off', () => {
    expect(codeOf(() => assertDecisionTransition('concept', 'voorgesteld', ok))).toBeNull();
    expect(codeOf(() => assertDecisionTransition('voorgesteld', 'vastgesteld', ok))).toBeNull();
    expect(codeOf(() => assertDecisionTransition('voorgesteld', 'concept', ok))).toBeNull();
  });

  it('refuses vastgesteld while an organisation has not signed off', () => {
    expect(
      codeOf(() => assertDecisionTransition('voorgesteld', 'vastgesteld', { ...ok, missingSignOffs: ['politie'] })),
    ).toBe('SIGN_OFFS_MISSING');
  });

  it('refuses skipping voorgesteld', () => {
    expect(codeOf(() => assertDecisionTransition('concept', 'vastgesteld', ok))).toBe('INVALID_STATUS_TRANSITION');
  });

  it('needs a reason to withdraw', () => {
    expect(codeOf(() => assertDecisionTransition('vastgesteld', 'ingetrokken', { ...ok, reason: '  ' }))).toBe(
      'WITHDRAWAL_REASON_REQUIRED',
    );
    expect(codeOf(() => assertDecisionTransition('vastgesteld', 'ingetrokken', ok))).toBeNull();
  });

  it('reaches vervangen only through a successor', () => {
    expect(codeOf(() => assertDecisionTransition('vastgesteld', 'vervangen', ok))).toBe('INVALID_STATUS_TRANSITION');
    expect(
      codeOf(() => assertDecisionTransition('vastgesteld', 'vervangen', { ...ok, viaSuccessor: true })),
    ).toBeNull();
  });

  it('keeps closed decisions closed', () => {
    for (const from of ['vervangen', 'ingetrokken'] as const) {
      for (const to of decisionStatuses)
        expect(codeOf(() => assertDecisionTransition(from, to, ok))).toBe('DECISION_CLOSED');
      expect(codeOf(() => assertDecisionEditable(from))).toBe('DECISION_CLOSED');
    }
    for (const status of ['concept', 'voorgesteld', 'vastgesteld'] as const)
      expect(codeOf(() => assertDecisionEditable(status))).toBeNull();
  });
});

describe('withdrawal', () => {
  it('is the move to ingetrokken only', () => {
    expect(decisionStatuses.filter(isWithdrawal)).toEqual(['ingetrokken']);
  });
});

describe('what a status change writes', () => {
  it('replaces the predecessor and publishes on the first vastgesteld, and keeps the reason of a withdrawal', () => {
    const draft = { publishedAt: null, supersedesId: 'old' };
    expect(effectOfStatusChange('vastgesteld', draft)).toEqual({
      supersedes: 'old',
      publish: true,
      recordReason: false,
    });
    expect(
      effectOfStatusChange('vastgesteld', { publishedAt: new Date('2026-01-01T00:00:00Z'), supersedesId: null }),
    ).toEqual({
      supersedes: null,
      publish: false,
      recordReason: false,
    });
    expect(effectOfStatusChange('ingetrokken', draft)).toEqual({
      supersedes: null,
      publish: false,
      recordReason: true,
    });
    expect(effectOfStatusChange('voorgesteld', draft)).toEqual({
      supersedes: null,
      publish: false,
      recordReason: false,
    });
  });
});

describe('decision content', () => {
  const condition = { code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit aantoonbaar uitgeput' };

  it('ties conditions to ALLOWED_WITH_CONDITIONS', () => {
    expect(codeOf(() => assertOutcomeConditions('ALLOWED_WITH_CONDITIONS', [condition]))).toBeNull();
    expect(codeOf(() => assertOutcomeConditions('ALLOWED_WITH_CONDITIONS', []))).toBe('CONDITIONS_REQUIRED');
    for (const outcome of decisionOutcomes.filter((o) => o !== 'ALLOWED_WITH_CONDITIONS')) {
      expect(codeOf(() => assertOutcomeConditions(outcome, []))).toBeNull();
      expect(codeOf(() => assertOutcomeConditions(outcome, [condition]))).toBe('CONDITIONS_NOT_EXPECTED');
    }
  });

  it('accepts reference condition codes and free conditions only', () => {
    expect(
      codeOf(() => assertKnownConditionCodes([condition, { code: null, text: 'Vrij' }], ['CAPACITY_EXHAUSTED'])),
    ).toBeNull();
    expect(codeOf(() => assertKnownConditionCodes([{ code: 'NOPE', text: 'x' }], ['CAPACITY_EXHAUSTED']))).toBe(
      'UNKNOWN_STANDARD_CONDITION',
    );
  });

  it('refuses sharing information with the same organisation, naming the row', () => {
    try {
      assertSharingRulesValid([
        { fromOrganisationId: 'a', toOrganisationId: 'b' },
        { fromOrganisationId: 'a', toOrganisationId: 'a' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('SHARING_SAME_ORGANISATION');
      expect((error as DomainError).field).toBe('sharingRules.1.toOrganisationId');
    }
  });

  it('only concerns organisations of the group', () => {
    expect(codeOf(() => assertDecisionOrganisationsInGroup(['a'], ['a', 'b']))).toBeNull();
    expect(codeOf(() => assertDecisionOrganisationsInGroup(['a', 'c'], ['a', 'b']))).toBe(
      'DECISION_ORGANISATION_NOT_IN_GROUP',
    );
  });
});

describe('material changes reset sign-off', () => {
  const base: DecisionRuling = {
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [
      { code: 'CAPACITY_EXHAUSTED', text: 'Capaciteit uitgeput' },
      { code: null, text: 'Alleen overdag' },
    ],
    legalBasisIds: ['pw58', 'msob'],
    sharingRules: [{ dataCategory: 'Beelden', verdict: 'YES' }],
    organisationIds: ['def', 'pol'],
  };

  it('ignores order of conditions, bases and organisations', () => {
    expect(
      isMaterialChange(base, {
        ...base,
        conditions: [...base.conditions].reverse(),
        legalBasisIds: ['msob', 'pw58'],
        organisationIds: ['pol', 'def'],
        sharingRules: [{ verdict: 'YES', dataCategory: 'Beelden' }],
      }),
    ).toBe(false);
  });

  it.each([
    ['outcome', { outcome: 'NOT_ALLOWED' as const }],
    ['condition added', { conditions: [...base.conditions, { code: null, text: 'Extra' }] }],
    [
      'condition reworded',
      { conditions: [base.conditions[0] ?? { code: null, text: '' }, { code: null, text: 'Alleen bij daglicht' }] },
    ],
    ['legal basis removed', { legalBasisIds: ['pw58'] }],
    ['organisation added', { organisationIds: ['def', 'pol', 'kmar'] }],
    ['sharing rule changed', { sharingRules: [{ dataCategory: 'Beelden', verdict: 'NO' }] }],
  ])('counts a change of %s', (_name, change) => {
    expect(isMaterialChange(base, { ...base, ...change })).toBe(true);
  });

  it('sends a changed vastgesteld decision back to voorgesteld and clears sign-offs', () => {
    expect(effectOfEdit('vastgesteld', true)).toEqual({ status: 'voorgesteld', resetSignOffs: true });
    expect(effectOfEdit('voorgesteld', true)).toEqual({ status: 'voorgesteld', resetSignOffs: true });
    expect(effectOfEdit('concept', true)).toEqual({ status: 'concept', resetSignOffs: true });
    expect(effectOfEdit('vastgesteld', false)).toEqual({ status: 'vastgesteld', resetSignOffs: false });
  });
});

describe('sign-off per organisation', () => {
  const attempt: SignOffAttempt = {
    actorOrganisationId: 'pol',
    groupRole: 'member',
    status: 'voorgesteld',
    concernedOrganisationIds: ['def', 'pol'],
    signedOrganisationIds: ['def'],
  };

  it('lets a chair or member sign for their organisation', () => {
    expect(codeOf(() => assertCanSignOff(attempt))).toBeNull();
    expect(canSignOff({ ...attempt, groupRole: 'chair' })).toBe(true);
  });

  it.each([
    ['an observer', { groupRole: 'observer' as const }, 'OBSERVER_CANNOT_SIGN'],
    ['a non-member', { groupRole: null }, 'FORBIDDEN'],
    ['an organisation not concerned', { actorOrganisationId: 'om' }, 'ORGANISATION_NOT_CONCERNED'],
    ['a concept', { status: 'concept' as const }, 'NOT_PROPOSED'],
    ['a vastgesteld decision', { status: 'vastgesteld' as const }, 'NOT_PROPOSED'],
    ['a second time', { signedOrganisationIds: ['def', 'pol'] }, 'ALREADY_SIGNED'],
  ])('refuses %s', (_name, change, code) => {
    expect(codeOf(() => assertCanSignOff({ ...attempt, ...change }))).toBe(code);
    expect(canSignOff({ ...attempt, ...change })).toBe(false);
  });

  it('lists the organisations still to sign', () => {
    expect(missingSignOffs(['def', 'pol'], ['def'])).toEqual(['pol']);
    expect(missingSignOffs(['def', 'pol'], ['pol', 'def'])).toEqual([]);
    expect(missingSignOffs(['def'], [])).toEqual(['def']);
  });
});

describe('supersede rules', () => {
  const old = { id: 'old', groupId: 'g', status: 'vastgesteld' as const, supersededById: null };

  it('lets a new decision of the same group replace a vastgesteld one', () => {
    expect(codeOf(() => assertCanSupersede({ id: null, groupId: 'g' }, old))).toBeNull();
    expect(codeOf(() => assertCanSupersede({ id: 'new', groupId: 'g' }, old))).toBeNull();
  });

  it.each([
    ['itself', { id: 'old', groupId: 'g' }, old, 'SUPERSEDE_SELF'],
    ['another group', { id: 'new', groupId: 'h' }, old, 'SUPERSEDE_OTHER_GROUP'],
    ['a draft', { id: 'new', groupId: 'g' }, { ...old, status: 'voorgesteld' as const }, 'SUPERSEDE_NOT_ESTABLISHED'],
    [
      'a withdrawn one',
      { id: 'new', groupId: 'g' },
      { ...old, status: 'ingetrokken' as const },
      'SUPERSEDE_NOT_ESTABLISHED',
    ],
    [
      'one replaced by another',
      { id: 'new', groupId: 'g' },
      { ...old, status: 'vervangen' as const, supersededById: 'other' },
      'ALREADY_SUPERSEDED',
    ],
  ])('refuses replacing %s', (_name, successor, predecessor, code) => {
    expect(codeOf(() => assertCanSupersede(successor, predecessor))).toBe(code);
  });
});

describe('review flagging', () => {
  it('flags exactly the citing decisions that are not closed', () => {
    expect(
      decisionsToFlagForReview([
        { id: 'a', status: 'concept' },
        { id: 'b', status: 'voorgesteld' },
        { id: 'c', status: 'vastgesteld' },
        { id: 'd', status: 'vervangen' },
        { id: 'e', status: 'ingetrokken' },
      ]),
    ).toEqual(['a', 'b', 'c']);
    expect(decisionsToFlagForReview([])).toEqual([]);
  });

  it('clears a review only when one is pending', () => {
    expect(codeOf(() => assertReviewNeeded(new Date()))).toBeNull();
    expect(codeOf(() => assertReviewNeeded(null))).toBe('NO_REVIEW_NEEDED');
  });
});

describe('open questions', () => {
  it('are UNCLEAR decisions that are not closed', () => {
    expect(isOpenQuestion({ outcome: 'UNCLEAR', status: 'concept' })).toBe(true);
    expect(isOpenQuestion({ outcome: 'UNCLEAR', status: 'vastgesteld' })).toBe(true);
    expect(isOpenQuestion({ outcome: 'UNCLEAR', status: 'ingetrokken' })).toBe(false);
    expect(isOpenQuestion({ outcome: 'ALLOWED', status: 'concept' })).toBe(false);
  });

  it('count their age in whole days', () => {
    const raised = new Date('2026-03-01T10:00:00Z');
    expect(openQuestionAgeDays(raised, new Date('2026-03-01T23:00:00Z'))).toBe(0);
    expect(openQuestionAgeDays(raised, new Date('2026-03-11T10:00:00Z'))).toBe(10);
    expect(openQuestionAgeDays(raised, new Date('2026-02-01T10:00:00Z'))).toBe(0);
  });
});
