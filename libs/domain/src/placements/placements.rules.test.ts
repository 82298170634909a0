import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors';
import {
  assertCanActivate,
  assertCanComplete,
  completesEarly,
  assertDebriefAllowed,
  assertDifferentOrganisations,
  assertNoOverlap,
  assertPeriodEditable,
  assertPlacementTransition,
  assertHomeOrganisationKept,
  assertPersonOfHomeOrganisation,
  assertTimelineWindow,
  assertValidPeriod,
  canTransitionPlacement,
  clearanceExpiryOf,
  findAccessWarnings,
  findOverlappingPlacement,
  isDueForActivation,
  isEndingSoon,
  isOverdue,
  isPeriodEditable,
  periodsOverlap,
  placementFlags,
  placementPersonKey,
  requiresClearance,
  type ExistingPlacement,
} from './placements.rules';
import { placementStatuses, type PlacementStatus } from './placements.constants';
import { codeOf, paramsOf } from './placements-test-helpers';

describe('placement period', () => {
  it('needs an end date after the start date', () => {
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-01', endDate: '2026-01-02' }))).toBeNull();
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-01', endDate: '2026-01-01' }))).toBe(
      'PLACEMENT_END_BEFORE_START',
    );
    expect(codeOf(() => assertValidPeriod({ startDate: '2026-01-02', endDate: '2026-01-01' }))).toBe(
      'PLACEMENT_END_BEFORE_START',
    );
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
    expect(
      periodsOverlap(
        { startDate: '2024-01-01', endDate: '2024-02-29' },
        { startDate: '2024-02-29', endDate: '2024-04-01' },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { startDate: '2024-01-01', endDate: '2024-02-28' },
        { startDate: '2024-02-29', endDate: '2024-04-01' },
      ),
    ).toBe(false);
  });

  const existing: ExistingPlacement[] = [
    {
      id: 'p1',
      status: 'actief',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      hostUnit: 'Eenheid Rotterdam',
      hostOrganisationName: 'Nationale Politie',
    },
    {
      id: 'p2',
      status: 'afgebroken',
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      hostUnit: 'Staf CZSK',
      hostOrganisationName: 'Ministerie van Defensie',
    },
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
  const pairs = placementStatuses.flatMap((from) =>
    placementStatuses.map((to) => [from, to] as [PlacementStatus, PlacementStatus]),
  );
  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canTransitionPlacement(from, to)).toBe(allowed.has(`${from}>${to}`));
    expect(codeOf(() => assertPlacementTransition(from, to)) === null).toBe(allowed.has(`${from}>${to}`));
  });

  it('cannot become actief without approval', () => {
    expect(codeOf(() => assertCanActivate({ status: 'voorgesteld', startDate: '2026-01-01' }, '2026-02-01'))).toBe(
      'PLACEMENT_NOT_APPROVED',
    );
  });

  it('cannot become actief before the start date, but can on it', () => {
    expect(codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-02-28'))).toBe(
      'PLACEMENT_NOT_STARTED',
    );
    expect(paramsOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-02-28'))).toEqual(
      { startDate: '2026-03-01' },
    );
    expect(
      codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2026-03-01' }, '2026-03-01')),
    ).toBeNull();
    expect(
      codeOf(() => assertCanActivate({ status: 'goedgekeurd', startDate: '2024-02-29' }, '2024-02-29')),
    ).toBeNull();
  });

  it('completes on or after the end date, or earlier only with a written reason', () => {
    expect(codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-29'))).toBe(
      'PLACEMENT_NOT_ENDED',
    );
    expect(codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-29', '   '))).toBe(
      'PLACEMENT_NOT_ENDED',
    );
    expect(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-29')).toThrow(
      expect.objectContaining({ field: 'reason', params: { endDate: '2026-06-30' } }),
    );
    expect(
      codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-29', 'Opdracht is klaar')),
    ).toBeNull();
    expect(completesEarly({ endDate: '2026-06-30' }, '2026-06-29')).toBe(true);
    expect(completesEarly({ endDate: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(codeOf(() => assertCanComplete({ status: 'actief', endDate: '2026-06-30' }, '2026-06-30'))).toBeNull();
    expect(codeOf(() => assertCanComplete({ status: 'goedgekeurd', endDate: '2026-06-30' }, '2026-07-30'))).toBe(
      'INVALID_STATUS_TRANSITION',
    );
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

describe('clearance and access warnings', () => {
  const base = { endDate: '2026-06-30', clearanceLevel: 'B' as const, clearanceExpiresOn: null, accessGrants: [] };
  it('flags what lapses before the last day, not on it', () => {
    expect(findAccessWarnings(base)).toEqual([]);
    expect(findAccessWarnings({ ...base, clearanceExpiresOn: '2026-06-30' })).toEqual([]);
    expect(findAccessWarnings({ ...base, clearanceExpiresOn: '2026-06-29' })).toEqual([
      { kind: 'clearance', system: null, expiresOn: '2026-06-29' },
    ]);
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

  it('keeps a clearance expiry only when a clearance is required', () => {
    expect(requiresClearance('geen')).toBe(false);
    expect(['C', 'B', 'A'].every((level) => requiresClearance(level as 'C'))).toBe(true);
    expect(clearanceExpiryOf({ clearanceLevel: 'geen', clearanceExpiresOn: '2026-01-01' })).toBeNull();
    expect(clearanceExpiryOf({ clearanceLevel: 'C', clearanceExpiresOn: '2026-01-01' })).toBe('2026-01-01');
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

describe('flags', () => {
  it('flags an open placement past its end, one due for activation, and lapsing access, as of today', () => {
    const placement = {
      status: 'goedgekeurd' as PlacementStatus,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      clearanceLevel: 'B' as const,
      clearanceExpiresOn: '2026-05-31',
      accessGrants: [],
    };
    expect(placementFlags(placement, '2026-01-01')).toEqual({
      overdue: false,
      dueForActivation: true,
      accessWarnings: [{ kind: 'clearance', system: null, expiresOn: '2026-05-31' }],
    });
    expect(placementFlags(placement, '2026-07-01')).toMatchObject({ overdue: true, dueForActivation: true });
    expect(placementFlags({ ...placement, status: 'voorgesteld' }, '2026-07-01')).toMatchObject({
      overdue: false,
      dueForActivation: false,
    });
  });
});

describe('period editing', () => {
  it('lets the period change only while proposed', () => {
    expect(placementStatuses.filter(isPeriodEditable)).toEqual(['voorgesteld']);
  });
});

describe('timeline window', () => {
  it('ends after it starts and spans at most 36 months', () => {
    expect(codeOf(() => assertTimelineWindow({ from: '2026-01-01', to: '2026-01-02' }))).toBeNull();
    expect(codeOf(() => assertTimelineWindow({ from: '2026-01-01', to: '2029-01-01' }))).toBeNull();
    expect(codeOf(() => assertTimelineWindow({ from: '2026-01-01', to: '2026-01-01' }))).toBe('TIMELINE_TOO_LONG');
    expect(codeOf(() => assertTimelineWindow({ from: '2026-01-02', to: '2026-01-01' }))).toBe('TIMELINE_TOO_LONG');
    expect(codeOf(() => assertTimelineWindow({ from: '2026-01-01', to: '2030-01-01' }))).toBe('TIMELINE_TOO_LONG');
    expect(paramsOf(() => assertTimelineWindow({ from: '2026-01-01', to: '2030-01-01' }))).toEqual({ months: 36 });
  });
});

describe('the person placed', () => {
  it('keys an account by its id, and a named person by home organisation and name, whatever the spacing and case', () => {
    expect(placementPersonKey({ kind: 'user', userId: 'u1' }, 'd')).toBe('user:u1');
    expect(placementPersonKey({ kind: 'named', name: '  Jan   JANSEN ' }, 'd')).toBe('named:d:jan jansen');
    expect(placementPersonKey({ kind: 'named', name: 'Jan Jansen' }, 'p')).not.toBe(
      placementPersonKey({ kind: 'named', name: 'Jan Jansen' }, 'd'),
    );
  });

  it('needs an account of the home organisation or one of its units', () => {
    const person = { name: 'Jan', organisationId: 'unit', organisationName: 'Eenheid', organisationParentId: 'd' };
    expect(codeOf(() => assertPersonOfHomeOrganisation(person, 'unit'))).toBeNull();
    expect(codeOf(() => assertPersonOfHomeOrganisation(person, 'd'))).toBeNull();
    expect(codeOf(() => assertPersonOfHomeOrganisation(person, 'p'))).toBe('HOME_ORGANISATION_NOT_PERSONS');
    expect(paramsOf(() => assertPersonOfHomeOrganisation(person, 'p'))).toEqual({
      name: 'Jan',
      organisation: 'Eenheid',
    });
  });

  it('keeps the home organisation of an account, not of a named person', () => {
    expect(codeOf(() => assertHomeOrganisationKept({ personUserId: 'u', homeOrganisationId: 'd' }, 'p'))).toBe(
      'HOME_ORGANISATION_FOLLOWS_ACCOUNT',
    );
    expect(codeOf(() => assertHomeOrganisationKept({ personUserId: 'u', homeOrganisationId: 'd' }, 'd'))).toBeNull();
    expect(codeOf(() => assertHomeOrganisationKept({ personUserId: null, homeOrganisationId: 'd' }, 'p'))).toBeNull();
  });
});
