import { describe, expect, it } from 'vitest';
import { codeOf } from '../common/testing';
import {
  assertAddresseeProgressAllowed,
  assertAddresseesChangeable,
  assertRecommendationEditable,
  assertRecommendationStatusChange,
  assertVerificationEvidence,
  canTransitionRecommendation,
  compareConditionIds,
  conditionCategoryOf,
  conditionMatchesFilter,
  isAddresseeProgressOpen,
  isJointlyCompleted,
  isRecommendationEditable,
  isRecommendationOverdue,
  mayVerifyImplementation,
  mergeAddressees,
  nextRecommendationStatuses,
  recommendationWaitingFor,
  statusNeedsReason,
  type RecommendationStatusChange,
} from './recommendations.rules';
import { type VerificationEvidence } from './recommendations.schema';
import { recommendationStatuses, type RecommendationStatus } from './recommendations.constants';

const evidence: VerificationEvidence = {
  kind: 'exercise',
  reference: 'Oefening Noordwind 2026, evaluatieverslag',
  recordId: null,
  date: '2026-06-01',
  note: 'In de oefening werkte de afspraak zoals bedoeld.',
};

const change = (
  from: RecommendationStatus,
  to: RecommendationStatus,
  extra: Partial<RecommendationStatusChange> = {},
): RecommendationStatusChange => ({
  from,
  to,
  reason: statusNeedsReason(to) ? 'Niet langer nodig' : '',
  evidence: to === 'geverifieerd' ? evidence : null,
  addresseeStates: ['uitgevoerd', 'uitgevoerd'],
  implementedOn: '2026-05-01',
  implementedBy: 'implementer',
  actor: { userId: 'verifier' },
  ...extra,
});

describe('recommendation status workflow', () => {
  const allowed = new Set([
    'voorgesteld>aanvaard',
    'voorgesteld>niet_aanvaard',
    'voorgesteld>vervallen',
    'aanvaard>in_uitvoering',
    'aanvaard>vervallen',
    'in_uitvoering>uitgevoerd',
    'in_uitvoering>vervallen',
    'uitgevoerd>geverifieerd',
  ]);
  const pairs = recommendationStatuses.flatMap((from) =>
    recommendationStatuses.map((to) => [from, to] as [RecommendationStatus, RecommendationStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransitionRecommendation(from, to)).toBe(expected);
    expect(nextRecommendationStatuses(from).includes(to)).toBe(expected);
    expect(codeOf(() => assertRecommendationStatusChange(change(from, to)))).toBe(
      expected ? null : 'INVALID_STATUS_TRANSITION',
    );
  });

  it('has no way out of geverifieerd, niet_aanvaard and vervallen', () => {
    expect(nextRecommendationStatuses('geverifieerd')).toEqual([]);
    expect(nextRecommendationStatuses('niet_aanvaard')).toEqual([]);
    expect(nextRecommendationStatuses('vervallen')).toEqual([]);
  });

  it.each([
    ['voorgesteld', 'niet_aanvaard'],
    ['voorgesteld', 'vervallen'],
    ['aanvaard', 'vervallen'],
    ['in_uitvoering', 'vervallen'],
  ] as const)('requires a reason for %s -> %s', (from, to) => {
    expect(codeOf(() => assertRecommendationStatusChange(change(from, to, { reason: '  ' })))).toBe('REASON_REQUIRED');
    expect(
      codeOf(() => assertRecommendationStatusChange(change(from, to, { reason: 'Opgegaan in een bredere aanpak' }))),
    ).toBeNull();
  });

  it('does not ask a reason for the other transitions', () => {
    expect(statusNeedsReason('aanvaard')).toBe(false);
    expect(
      codeOf(() => assertRecommendationStatusChange(change('voorgesteld', 'aanvaard', { reason: '' }))),
    ).toBeNull();
  });
});

describe('joint completion per addressee organisation', () => {
  it('is complete only when every addressee has carried out its part', () => {
    expect(isJointlyCompleted(['uitgevoerd', 'uitgevoerd'])).toBe(true);
    expect(isJointlyCompleted(['uitgevoerd'])).toBe(true);
    expect(isJointlyCompleted(['uitgevoerd', 'in_uitvoering'])).toBe(false);
    expect(isJointlyCompleted(['open', 'uitgevoerd'])).toBe(false);
    expect(isJointlyCompleted([])).toBe(false);
  });

  it('refuses uitgevoerd while one organisation is still busy', () => {
    expect(
      codeOf(() =>
        assertRecommendationStatusChange(
          change('in_uitvoering', 'uitgevoerd', { addresseeStates: ['uitgevoerd', 'in_uitvoering'] }),
        ),
      ),
    ).toBe('JOINT_COMPLETION_PENDING');
    expect(
      codeOf(() =>
        assertRecommendationStatusChange(
          change('in_uitvoering', 'uitgevoerd', { addresseeStates: ['uitgevoerd', 'uitgevoerd'] }),
        ),
      ),
    ).toBeNull();
  });

  it('lets an addressee record progress only while accepted or in progress', () => {
    const ids = ['d', 'p'];
    expect(codeOf(() => assertAddresseeProgressAllowed('aanvaard', ids, 'd'))).toBeNull();
    expect(codeOf(() => assertAddresseeProgressAllowed('in_uitvoering', ids, 'p'))).toBeNull();
    expect(isAddresseeProgressOpen('aanvaard')).toBe(true);
    expect(isAddresseeProgressOpen('in_uitvoering')).toBe(true);
    for (const status of ['voorgesteld', 'uitgevoerd', 'geverifieerd', 'niet_aanvaard', 'vervallen'] as const) {
      expect(codeOf(() => assertAddresseeProgressAllowed(status, ids, 'd'))).toBe('ADDRESSEE_PROGRESS_CLOSED');
      expect(isAddresseeProgressOpen(status)).toBe(false);
    }
    expect(codeOf(() => assertAddresseeProgressAllowed('aanvaard', ids, 'om'))).toBe('NOT_AN_ADDRESSEE');
  });

  it('keeps the states of kept addressees and starts new ones open', () => {
    const existing = [
      { organisationId: 'd', state: 'uitgevoerd' as const },
      { organisationId: 'p', state: 'open' as const },
    ];
    expect(mergeAddressees(existing, ['d', 'k'])).toEqual({
      kept: [{ organisationId: 'd', state: 'uitgevoerd' }],
      added: ['k'],
      removed: [{ organisationId: 'p', state: 'open' }],
    });
  });

  it('locks the addressees once carried out or closed', () => {
    expect(codeOf(() => assertAddresseesChangeable('in_uitvoering', ['d'], ['d', 'p']))).toBeNull();
    expect(codeOf(() => assertAddresseesChangeable('uitgevoerd', ['d'], ['d', 'p']))).toBe('ADDRESSEES_LOCKED');
    expect(codeOf(() => assertAddresseesChangeable('uitgevoerd', ['d', 'p'], ['p', 'd']))).toBeNull();
  });
});

describe('evidence for geverifieerd', () => {
  it('refuses verification without evidence', () => {
    expect(
      codeOf(() => assertRecommendationStatusChange(change('uitgevoerd', 'geverifieerd', { evidence: null }))),
    ).toBe('EVIDENCE_REQUIRED');
  });

  it('refuses evidence without a reference or a note', () => {
    expect(codeOf(() => assertVerificationEvidence({ ...evidence, reference: ' ' }, null))).toBe('EVIDENCE_REQUIRED');
    expect(codeOf(() => assertVerificationEvidence({ ...evidence, note: '' }, null))).toBe('EVIDENCE_REQUIRED');
  });

  it('requires the evidence to date from after the implementation', () => {
    expect(codeOf(() => assertVerificationEvidence({ ...evidence, date: '2026-04-30' }, '2026-05-01'))).toBe(
      'EVIDENCE_TOO_EARLY',
    );
    expect(codeOf(() => assertVerificationEvidence({ ...evidence, date: '2026-05-01' }, '2026-05-01'))).toBeNull();
    expect(codeOf(() => assertVerificationEvidence(evidence, null))).toBeNull();
  });

  it('accepts a complete, later piece of evidence', () => {
    expect(codeOf(() => assertRecommendationStatusChange(change('uitgevoerd', 'geverifieerd')))).toBeNull();
  });

  it('refuses verification by whoever set it to uitgevoerd, and accepts it from anyone else', () => {
    expect(
      codeOf(() =>
        assertRecommendationStatusChange(change('uitgevoerd', 'geverifieerd', { actor: { userId: 'implementer' } })),
      ),
    ).toBe('SECOND_PERSON_REQUIRED');
    expect(
      codeOf(() => assertRecommendationStatusChange(change('uitgevoerd', 'geverifieerd', { implementedBy: null }))),
    ).toBeNull();
    expect(mayVerifyImplementation({ userId: 'a' }, 'a')).toBe(false);
    expect(mayVerifyImplementation({ userId: 'b' }, 'a')).toBe(true);
  });

  it('sets uitgevoerd only when every addressed organisation recorded its own part as done', () => {
    expect(
      codeOf(() =>
        assertRecommendationStatusChange(
          change('in_uitvoering', 'uitgevoerd', { addresseeStates: ['uitgevoerd', 'in_uitvoering'] }),
        ),
      ),
    ).toBe('JOINT_COMPLETION_PENDING');
  });
});

describe('recommendationWaitingFor', () => {
  const states = [
    { organisationId: 'def', state: 'uitgevoerd' as const },
    { organisationId: 'pol', state: 'in_uitvoering' as const },
  ];
  it('waits for each addressed organisation that has not recorded its part as done', () => {
    expect(recommendationWaitingFor({ status: 'in_uitvoering', implementedBy: null }, states)).toEqual([
      { kind: 'organisation', organisationId: 'pol' },
    ]);
    expect(recommendationWaitingFor({ status: 'aanvaard', implementedBy: null }, [])).toEqual([]);
  });
  it('waits for a second person once carried out, and for nobody before acceptance or after closing', () => {
    expect(recommendationWaitingFor({ status: 'uitgevoerd', implementedBy: 'u1' }, states)).toEqual([
      { kind: 'second_person', notUserId: 'u1' },
    ]);
    for (const status of ['voorgesteld', 'geverifieerd', 'vervallen', 'niet_aanvaard'] as const) {
      expect(recommendationWaitingFor({ status, implementedBy: null }, states)).toEqual([]);
    }
  });
});

describe('overdue', () => {
  const today = '2026-11-28';
  it.each([
    ['voorgesteld', '2026-11-27', true],
    ['aanvaard', '2026-01-01', true],
    ['in_uitvoering', '2026-11-27', true],
    ['in_uitvoering', '2026-11-28', false],
    ['in_uitvoering', '2026-12-01', false],
    ['uitgevoerd', '2026-01-01', false],
    ['geverifieerd', '2026-01-01', false],
    ['vervallen', '2026-01-01', false],
    ['niet_aanvaard', '2026-01-01', false],
  ] as const)('%s due %s is overdue: %s', (status, dueDate, expected) => {
    expect(isRecommendationOverdue({ status, dueDate }, today)).toBe(expected);
  });

  it('is never overdue without a due date', () => {
    expect(isRecommendationOverdue({ status: 'aanvaard', dueDate: null }, today)).toBe(false);
  });
});

describe('editing', () => {
  it('closes verified, rejected and lapsed recommendations to edits', () => {
    for (const status of recommendationStatuses) {
      const closed = status === 'geverifieerd' || status === 'niet_aanvaard' || status === 'vervallen';
      expect(codeOf(() => assertRecommendationEditable(status))).toBe(closed ? 'RECOMMENDATION_CLOSED' : null);
      expect(isRecommendationEditable(status)).toBe(!closed);
    }
  });
});

describe('conditions', () => {
  it('orders ids by the thesis numbering', () => {
    expect(['2.5.c', '1.10.a', '1.2.b', '1', '1.2.a', '3.1.a'].sort(compareConditionIds)).toEqual([
      '1',
      '1.2.a',
      '1.2.b',
      '1.10.a',
      '2.5.c',
      '3.1.a',
    ]);
  });
  it('finds the category and matches filters on every level', () => {
    expect(conditionCategoryOf('3.1.b')).toBe('3');
    expect(conditionMatchesFilter('3.1.b', '3')).toBe(true);
    expect(conditionMatchesFilter('3.1.b', '3.1')).toBe(true);
    expect(conditionMatchesFilter('3.1.b', '3.1.b')).toBe(true);
    expect(conditionMatchesFilter('3.1.b', '3.1.a')).toBe(false);
    expect(conditionMatchesFilter('31.1.b', '3')).toBe(false);
  });
});
