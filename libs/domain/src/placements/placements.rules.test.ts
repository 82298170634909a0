import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import {
  assertCanActivate,
  assertCanApprovePlacement,
  assertCanComplete,
  assertCanEditPlacement,
  assertCanReadPlacement,
  assertDebriefAllowed,
  assertDifferentOrganisations,
  assertExtensionRequest,
  assertNoOverlap,
  assertPeriodEditable,
  assertPlacementTransition,
  assertLessonNotConverted,
  assertValidPeriod,
  canConvertLesson,
  canProposePlacement,
  canTransitionPlacement,
  extensionDeadline,
  findAccessWarnings,
  findOverlappingPlacement,
  isDueForActivation,
  isEndingSoon,
  isExtensionOnTime,
  isOverdue,
  lessonSourceReference,
  periodsOverlap,
  planLessons,
  type ExistingPlacement,
  type PlacementRelation,
} from './placements.rules';
import { placementStatuses, type PlacementStatus } from './placements.schema';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

function paramsOf(fn: () => unknown): Record<string, string | number> {
  try {
    fn();
    return {};
  } catch (error) {
    return error instanceof DomainError ? error.params : {};
  }
}

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });

describe('placement period', () => {
  it('needs an end date after the start date', () => {
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-01', endDate: '2026-01-02' }))).toBeNull();
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-01', endDate: '2026-01-01' }))).toBe('PLACEMENT_END_BEFORE_START');
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-02', endDate: '2026-01-01' }))).toBe('PLACEMENT_END_BEFORE_START');
    expect(codeOf(() => assertValidPeriod({ startDate: '2024-02-28', endDate: '2024-02-29' }))).toBeNull();
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-12-31', endDate: '2027-01-01' }))).toBeNull();
  });

  it('puts the error on the end date field', () => {
    try {
      assertValidPeriod({ startDate: '2026-05-01', endDate: '2026-04-30' });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).field).toBe('endDate');
      expect((error as DomainError).code).toBe('PLACEMENT_END_BEFORE_START');
    }
  });
});

describe('overlap', () => {
  const a = { startDate: '2026-01-01', endDate: '2026-03-31' };
  it.each([
    ['ends the day before', { startDate: '2025-10-01', endDate: '2025-12-31' }, false],
    ['ends on the start day', { startDate: '2025-10-01', endDate: '2026-01-01' }, true],
    ['starts on the end day (same-day end/start)', { startDate: '2026-03-31', endDate: '2026-06-30' }, true],
    ['starts the day after the end', { startDate: '2026-04-01', endDate: '2026-06-30' }, false],
    ['lies inside', { startDate: '2026-02-01', endDate: '2026-02-28' }, true],
    ['surrounds it', { startDate: '2025-01-01', endDate: '2027-01-01' }, true],
  ])('a period that %s', (_label, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it('handles leap days', () => {
    expect(periodsOverlap({ startDate: '2024-01-01', endDate: '2024-02-29' }, { startDate: '2024-02-29', endDate: '2024-04-01' })).toBe(true);
    expect(periodsOverlap({ startDate: '2024-01-01', endDate: '2024-02-28' }, { startDate: '2024-02-29', endDate: '2024-04-01' })).toBe(false);
  });

  const existing: ExistingPlacement[] = [
    { id: 'p1', status: 'actief', startDate: '2026-01-01', endDate: '2026-06-30', hostUnit: 'Eenheid Rotterdam', hostOrganisationName: 'Nationale Politie' },
    { id: 'p2', status: 'afgebroken', startDate: '2026-07-01', endDate: '2026-12-31', hostUnit: 'Staf CZSK', hostOrganisationName: 'Ministerie van Defensie' },
  ];

  it('ignores aborted placements and the placement itself', () => {
    expect(findOverlappingPlacement({ startDate: '2026-08-01', endDate: '2026-09-01' }, existing)).toBeNull();
    expect(findOverlappingPlacement({ id: 'p1', startDate: '2026-03-01', endDate: '2026-09-01' }, existing)).toBeNull();
    expect(findOverlappingPlacement({ startDate: '2026-06-30', endDate: '2026-09-01' }, existing)?.id).toBe('p1');
  });

  it('names the clashing placement in the message', () => {
    expect(paramsOf(() => assertNoOverlap({ startDate: '2026-06-01', endDate: '2026-09-01' }, existing))).toEqual({
      hostUnit: 'Eenheid Rotterdam',
      hostOrganisation: 'Nationale Politie',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
    });
    expect(codeOf(() => assertNoOverlap({ startDate: '2026-07-01', endDate: '2026-09-01' }, existing))).toBeNull();
  });
});

describe('lifecycle', () => {
  const allowed = new Set([
    'voorgesteld>goedgekeurd',
    'voorgesteld>afgebroken',
    'goedgekeurd>actief',
    'goedgekeurd>afgebroken',
    'actief>afgerond',
    'actief>afgebroken',
  ]);
  const pairs = placementStatuses.flatMap((from) => placementStatuses.map((to) => [from, to] as [PlacementStatus, PlacementStatus]));
  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canTransitionPlacement(from, to)).toBe(allowed.has(`${from}>${to}`));
    expect(codeOf(() => assertPlacementTransition(from, to)) === null).toBe(allowed.has(`${from}>${to}`));
  });

  it('cannot become actief without approval', () => {
    expect(codeOf(() => assertCanActivate({ status: 'voorgesteld', startDate: '2026-01-01' }, '2026-02-01'))).toBe('PLACEMENT_NOT_APPROVED');
  });

  it('cannot become actief before the start date, but can on it', () => {
    expect(codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-02-28'))).toBe('PLACEMENT_NOT_STARTED');
    expect(paramsOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-02-28'))).toEqual({ startDate: '2026-03-01' });
    expect(codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-03-01'))).toBeNull();
    expect(codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2024-02-29' }, '2024-02-29'))).toBeNull();
  });

  it('completes on or after the end date only', () => {
    expect(codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-29'))).toBe('PLACEMENT_NOT_ENDED');
    expect(codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-30'))).toBeNull();
    expect(codeOf(() => assertCanComplete({ status: 'goedgekeurd', endDate: '2026-06-30' }, '2026-07-30'))).toBe('INVALID_STATUS_TRANSITION');
  });

  it('is overdue the day after its end date while still open', () => {
    expect(isOverdue({ status: 'actief', endDate: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(isOverdue({ status: 'actief', endDate: '2026-06-30' }, '2026-07-01')).toBe(true);
    expect(isOverdue({ status: 'goedgekeurd', endDate: '2024-02-29' }, '2024-03-01')).toBe(true);
    expect(isOverdue({ status: 'afgerond', endDate: '2026-06-30' }, '2026-08-01')).toBe(false);
    expect(isOverdue({ status: 'afgebroken', endDate: '2026-06-30' }, '2026-08-01')).toBe(false);
    expect(isOverdue({ status: 'voorgesteld', endDate: '2026-06-30' }, '2026-08-01')).toBe(false);
  });

  it('is due for activation from its start date once approved', () => {
    expect(isDueForActivation({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-02-28')).toBe(false);
    expect(isDueForActivation({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-03-01')).toBe(true);
    expect(isDueForActivation({ status: 'voorgesteld', startDate: '2026-03-01' }, '2026-03-02')).toBe(false);
  });

  it('locks the period once approved and everything once closed', () => {
    const period = { startDate: '2026-01-01', endDate: '2026-06-30' };
    const moved = { startDate: '2026-01-02', endDate: '2026-06-30' };
    expect(codeOf(() => assertPeriodEditable('voorgesteld', period, moved))).toBeNull();
    expect(codeOf(() => assertPeriodEditable('goedgekeurd', period, moved))).toBe('PLACEMENT_PERIOD_LOCKED');
    expect(codeOf(() => assertPeriodEditable('actief', period, period))).toBeNull();
    expect(codeOf(() => assertPeriodEditable('afgerond', period, period))).toBe('PLACEMENT_CLOSED');
    expect(codeOf(() => assertPeriodEditable('afgebroken', period, period))).toBe('PLACEMENT_CLOSED');
  });

  it('holds the debrief until the placement is closed', () => {
    expect(codeOf(() => assertDebriefAllowed('actief'))).toBe('DEBRIEF_NOT_YET');
    expect(codeOf(() => assertDebriefAllowed('afgerond'))).toBeNull();
    expect(codeOf(() => assertDebriefAllowed('afgebroken'))).toBeNull();
  });

  it('places a liaison at another organisation', () => {
    expect(codeOf(() => assertDifferentOrganisations('d', 'd'))).toBe('SAME_ORGANISATION');
    expect(codeOf(() => assertDifferentOrganisations('d', 'p'))).toBeNull();
  });
});

describe('extension requests', () => {
  const placement = { status: 'actief' as PlacementStatus, endDate: '2026-06-30' };
  const request = (newEndDate: string, overrideReason: string | null = null) => ({ newEndDate, overrideReason });

  it('puts the deadline three calendar months before the end, clamped at month ends', () => {
    expect(extensionDeadline('2026-06-30')).toBe('2026-03-30');
    expect(extensionDeadline('2026-05-31')).toBe('2026-02-28');
    expect(extensionDeadline('2024-05-31')).toBe('2024-02-29');
    expect(extensionDeadline('2027-01-15')).toBe('2026-10-15');
  });

  it('accepts a request on the deadline day and refuses it the day after', () => {
    expect(isExtensionOnTime('2026-06-30', '2026-03-30')).toBe(true);
    expect(isExtensionOnTime('2026-06-30', '2026-03-31')).toBe(false);
    expect(isExtensionOnTime('2024-05-31', '2024-02-29')).toBe(true);
    expect(isExtensionOnTime('2024-05-31', '2024-03-01')).toBe(false);
    expect(assertExtensionRequest(actor('member'), placement, request('2026-12-31'), '2026-03-30')).toEqual({ overridden: false });
    expect(codeOf(() => assertExtensionRequest(actor('member'), placement, request('2026-12-31'), '2026-03-31'))).toBe('EXTENSION_TOO_LATE');
  });

  it('names the deadline in the refusal', () => {
    expect(paramsOf(() => assertExtensionRequest(actor('member'), placement, request('2026-12-31'), '2026-05-01'))).toEqual({ deadline: '2026-03-30' });
  });

  it('lets only an admin override a late request, and only with a reason', () => {
    expect(assertExtensionRequest(actor('admin'), placement, request('2026-12-31', 'Operationele noodzaak'), '2026-06-01')).toEqual({ overridden: true });
    expect(codeOf(() => assertExtensionRequest(actor('admin'), placement, request('2026-12-31', '   '), '2026-06-01'))).toBe('EXTENSION_TOO_LATE');
    expect(codeOf(() => assertExtensionRequest(actor('admin'), placement, request('2026-12-31'), '2026-06-01'))).toBe('EXTENSION_TOO_LATE');
    expect(codeOf(() => assertExtensionRequest(actor('management'), placement, request('2026-12-31', 'Graag'), '2026-06-01'))).toBe(
      'EXTENSION_OVERRIDE_ADMIN_ONLY',
    );
    // An on-time request needs no override, even when a reason is given.
    expect(assertExtensionRequest(actor('member'), placement, request('2026-12-31', 'x'), '2026-01-01')).toEqual({ overridden: false });
  });

  it('needs a later end date and an approved or active placement', () => {
    expect(codeOf(() => assertExtensionRequest(actor('admin'), placement, request('2026-06-30'), '2026-01-01'))).toBe('EXTENSION_NOT_LATER');
    expect(codeOf(() => assertExtensionRequest(actor('admin'), placement, request('2026-06-01'), '2026-01-01'))).toBe('EXTENSION_NOT_LATER');
    for (const status of ['voorgesteld', 'afgerond', 'afgebroken'] as const) {
      expect(codeOf(() => assertExtensionRequest(actor('admin'), { ...placement, status }, request('2026-12-31'), '2026-01-01'))).toBe(
        'EXTENSION_NOT_ALLOWED',
      );
    }
    expect(codeOf(() => assertExtensionRequest(actor('admin'), { ...placement, status: 'goedgekeurd' }, request('2026-12-31'), '2026-01-01'))).toBeNull();
  });
});

describe('clearance and access warnings', () => {
  const base = { endDate: '2026-06-30', clearanceLevel: 'B' as const, clearanceExpiresOn: null, accessGrants: [] };
  it('flags what lapses before the last day, not on it', () => {
    expect(findAccessWarnings(base)).toEqual([]);
    expect(findAccessWarnings({ ...base, clearanceExpiresOn: '2026-06-30' })).toEqual([]);
    expect(findAccessWarnings({ ...base, clearanceExpiresOn: '2026-06-29' })).toEqual([{ kind: 'clearance', system: null, expiresOn: '2026-06-29' }]);
    expect(
      findAccessWarnings({
        ...base,
        accessGrants: [
          { system: 'BVH', expiresOn: '2026-05-31' },
          { system: 'Intranet', expiresOn: null },
          { system: 'Mail', expiresOn: '2026-07-01' },
        ],
      }),
    ).toEqual([{ kind: 'access', system: 'BVH', expiresOn: '2026-05-31' }]);
  });

  it('ignores the expiry when no clearance is needed', () => {
    expect(findAccessWarnings({ ...base, clearanceLevel: 'geen', clearanceExpiresOn: '2026-01-01' })).toEqual([]);
  });

  it('uses leap days correctly', () => {
    expect(findAccessWarnings({ ...base, endDate: '2024-02-29', clearanceExpiresOn: '2024-02-28' })).toHaveLength(1);
    expect(findAccessWarnings({ ...base, endDate: '2024-02-29', clearanceExpiresOn: '2024-02-29' })).toHaveLength(0);
  });
});

describe('ending soon', () => {
  it('covers today through three months ahead', () => {
    expect(isEndingSoon('2026-01-31', '2026-01-31')).toBe(true);
    expect(isEndingSoon('2026-04-30', '2026-01-31')).toBe(true);
    expect(isEndingSoon('2026-05-01', '2026-01-31')).toBe(false);
    expect(isEndingSoon('2026-01-30', '2026-01-31')).toBe(false);
    expect(isEndingSoon('2024-02-29', '2023-11-30')).toBe(true);
  });
});

describe('placement access', () => {
  const relation = (groupRole: GroupRole | null, extra: Partial<PlacementRelation> = {}): PlacementRelation => ({
    groupRole,
    isPerson: false,
    isProposer: false,
    ...extra,
  });
  // [global role, group role, read, edit, approve]
  const table: [GlobalRole, GroupRole | null, string | null, string | null, string | null][] = [
    ['admin', null, null, null, null],
    ['management', null, null, null, null],
    ['member', null, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    ['member', 'observer', null, 'FORBIDDEN', 'FORBIDDEN'],
    ['member', 'member', null, null, 'FORBIDDEN'],
    ['member', 'chair', null, null, null],
  ];
  it.each(table)('%s with group role %s', (global, group, read, edit, approve) => {
    expect(codeOf(() => assertCanReadPlacement(actor(global), relation(group)))).toBe(read);
    expect(codeOf(() => assertCanEditPlacement(actor(global), relation(group)))).toBe(edit);
    expect(codeOf(() => assertCanApprovePlacement(actor(global), relation(group)))).toBe(approve);
  });

  it('lets the person and the proposer read and edit, but not approve', () => {
    for (const extra of [{ isPerson: true }, { isProposer: true }]) {
      expect(codeOf(() => assertCanReadPlacement(actor('member'), relation(null, extra)))).toBeNull();
      expect(codeOf(() => assertCanEditPlacement(actor('member'), relation(null, extra)))).toBeNull();
      expect(codeOf(() => assertCanApprovePlacement(actor('member'), relation(null, extra)))).toBe('FORBIDDEN');
    }
  });

  it('lets members propose within their group, or for themselves without one', () => {
    expect(canProposePlacement(actor('admin'), { groupRole: null, hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actor('management'), { groupRole: null, hasGroup: false, isSelf: false })).toBe(true);
    expect(canProposePlacement(actor('member'), { groupRole: 'member', hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actor('member'), { groupRole: 'chair', hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actor('member'), { groupRole: 'observer', hasGroup: true, isSelf: true })).toBe(false);
    expect(canProposePlacement(actor('member'), { groupRole: null, hasGroup: true, isSelf: true })).toBe(false);
    expect(canProposePlacement(actor('member'), { groupRole: null, hasGroup: false, isSelf: true })).toBe(true);
    expect(canProposePlacement(actor('member'), { groupRole: null, hasGroup: false, isSelf: false })).toBe(false);
  });
});

describe('debrief lessons as recommendations', () => {
  const none: PlacementRelation = { groupRole: null, isPerson: false, isProposer: false };

  it('names the person, the host unit and the period in the source reference', () => {
    expect(lessonSourceReference({ personName: 'Jan Jansen', hostUnit: 'Eenheid Oost', startDate: '2026-03-01', endDate: '2026-08-31' })).toBe(
      'Debriefing liaisonplaatsing Jan Jansen bij Eenheid Oost, 1-3-2026 t/m 31-8-2026',
    );
  });

  it('keeps the source reference within 300 characters, period included', () => {
    const reference = lessonSourceReference({ personName: 'N'.repeat(120), hostUnit: 'U'.repeat(160), startDate: '2026-03-01', endDate: '2026-08-31' });
    expect(reference).toHaveLength(300);
    expect(reference.endsWith('…, 1-3-2026 t/m 31-8-2026')).toBe(true);
  });

  it('keeps the rows of lessons kept word for word, in their new places', () => {
    const previous = [
      { id: 'a', lesson: 'Eerder beginnen.', recommendationId: null },
      { id: 'b', lesson: 'Vaste begeleider.', recommendationId: 'r1' },
      { id: 'c', lesson: 'Weg ermee.', recommendationId: null },
    ];
    expect(planLessons(previous, ['Vaste begeleider.', 'Nieuw.', 'Eerder beginnen.'])).toEqual({
      keep: [
        { id: 'b', position: 0 },
        { id: 'a', position: 2 },
      ],
      insert: [{ lesson: 'Nieuw.', position: 1 }],
      remove: ['c'],
    });
  });

  it('refuses dropping or rewording a lesson that became a recommendation', () => {
    const previous = [
      { id: 'a', lesson: 'Dubbel.', recommendationId: null },
      { id: 'b', lesson: 'Dubbel.', recommendationId: 'r1' },
    ];
    expect(codeOf(() => planLessons(previous, ['Anders.']))).toBe('LESSON_CONVERTED_LOCKED');
    // Of two equal texts, the converted one is the one kept.
    expect(planLessons(previous, ['Dubbel.'])).toEqual({ keep: [{ id: 'b', position: 0 }], insert: [], remove: ['a'] });
  });

  it('refuses a second conversion', () => {
    expect(codeOf(() => assertLessonNotConverted(null))).toBeNull();
    expect(codeOf(() => assertLessonNotConverted({ id: 'r' }))).toBe('LESSON_ALREADY_CONVERTED');
  });

  it('needs the debrief and the recommendation register both', () => {
    // Chairs and members of the group: yes; observers: no.
    expect(canConvertLesson(actor('member'), { ...none, groupRole: 'chair' }, 'g')).toBe(true);
    expect(canConvertLesson(actor('member'), { ...none, groupRole: 'member' }, 'g')).toBe(true);
    expect(canConvertLesson(actor('member'), { ...none, groupRole: 'observer' }, 'g')).toBe(false);
    // Management edits every debrief but only group-less recommendations.
    expect(canConvertLesson(actor('management'), none, 'g')).toBe(false);
    expect(canConvertLesson(actor('management'), none, null)).toBe(true);
    expect(canConvertLesson(actor('admin'), none, 'g')).toBe(true);
    // The person placed may write the debrief, but not add to a register they are not in.
    expect(canConvertLesson(actor('member'), { ...none, isPerson: true }, null)).toBe(false);
    expect(canConvertLesson(actor('member'), { ...none, isPerson: true }, 'g')).toBe(false);
  });
});
