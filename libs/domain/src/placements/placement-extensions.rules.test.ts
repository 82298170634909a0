import { describe, expect, it } from 'vitest';
import { placementStatuses, type PlacementStatus } from './placements.constants';
import {
  acceptsExtensions,
  assertExtensionDecidable,
  assertExtensionRequest,
  canOverrideExtensionDeadline,
  decidedExtensionStatus,
  extensionDeadline,
  isExtensionOnTime,
  isExtensionPending,
} from './placement-extensions.rules';
import { extensionStatuses } from './placement-extensions.schema';
import { actorWith, codeOf, paramsOf } from './placements-test-helpers';

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
    expect(assertExtensionRequest(actorWith('member'), placement, request('2026-12-31'), '2026-03-30')).toEqual({
      overridden: false,
    });
    expect(
      codeOf(() => assertExtensionRequest(actorWith('member'), placement, request('2026-12-31'), '2026-03-31')),
    ).toBe('EXTENSION_TOO_LATE');
  });

  it('names the deadline in the refusal', () => {
    expect(
      paramsOf(() => assertExtensionRequest(actorWith('member'), placement, request('2026-12-31'), '2026-05-01')),
    ).toEqual({ deadline: '2026-03-30' });
  });

  it('lets only an admin override a late request, and only with a reason', () => {
    expect(
      assertExtensionRequest(
        actorWith('admin'),
        placement,
        request('2026-12-31', 'Operationele noodzaak'),
        '2026-06-01',
      ),
    ).toEqual({ overridden: true });
    expect(
      codeOf(() => assertExtensionRequest(actorWith('admin'), placement, request('2026-12-31', '   '), '2026-06-01')),
    ).toBe('EXTENSION_TOO_LATE');
    expect(
      codeOf(() => assertExtensionRequest(actorWith('admin'), placement, request('2026-12-31'), '2026-06-01')),
    ).toBe('EXTENSION_TOO_LATE');
    expect(
      codeOf(() =>
        assertExtensionRequest(actorWith('management'), placement, request('2026-12-31', 'Graag'), '2026-06-01'),
      ),
    ).toBe('EXTENSION_OVERRIDE_ADMIN_ONLY');
    // An on-time request needs no override, even when a reason is given.
    expect(assertExtensionRequest(actorWith('member'), placement, request('2026-12-31', 'x'), '2026-01-01')).toEqual({
      overridden: false,
    });
  });

  it('needs a later end date and an approved or active placement', () => {
    expect(
      codeOf(() => assertExtensionRequest(actorWith('admin'), placement, request('2026-06-30'), '2026-01-01')),
    ).toBe('EXTENSION_NOT_LATER');
    expect(
      codeOf(() => assertExtensionRequest(actorWith('admin'), placement, request('2026-06-01'), '2026-01-01')),
    ).toBe('EXTENSION_NOT_LATER');
    for (const status of ['voorgesteld', 'afgerond', 'afgebroken'] as const) {
      expect(
        codeOf(() =>
          assertExtensionRequest(actorWith('admin'), { ...placement, status }, request('2026-12-31'), '2026-01-01'),
        ),
      ).toBe('EXTENSION_NOT_ALLOWED');
    }
    expect(
      codeOf(() =>
        assertExtensionRequest(
          actorWith('admin'),
          { ...placement, status: 'goedgekeurd' },
          request('2026-12-31'),
          '2026-01-01',
        ),
      ),
    ).toBeNull();
  });
});

describe('extension decisions', () => {
  it('takes requests for approved and active placements only', () => {
    expect(placementStatuses.filter(acceptsExtensions)).toEqual(['goedgekeurd', 'actief']);
  });

  it('decides a pending request once', () => {
    expect(extensionStatuses.filter((status) => isExtensionPending({ status }))).toEqual(['aangevraagd']);
    expect(codeOf(() => assertExtensionDecidable({ status: 'actief' }, { status: 'aangevraagd' }, true))).toBeNull();
    for (const status of ['goedgekeurd', 'afgewezen'] as const) {
      expect(codeOf(() => assertExtensionDecidable({ status: 'actief' }, { status }, false))).toBe('EXTENSION_DECIDED');
    }
  });

  it('approves only while the placement can still be extended, but may always reject', () => {
    for (const status of ['voorgesteld', 'afgerond', 'afgebroken'] as const) {
      expect(codeOf(() => assertExtensionDecidable({ status }, { status: 'aangevraagd' }, true))).toBe(
        'EXTENSION_NOT_ALLOWED',
      );
      expect(codeOf(() => assertExtensionDecidable({ status }, { status: 'aangevraagd' }, false))).toBeNull();
    }
    expect(decidedExtensionStatus(true)).toBe('goedgekeurd');
    expect(decidedExtensionStatus(false)).toBe('afgewezen');
  });

  it('lets only an admin override the deadline', () => {
    expect(canOverrideExtensionDeadline(actorWith('admin'))).toBe(true);
    expect(canOverrideExtensionDeadline(actorWith('management'))).toBe(false);
    expect(canOverrideExtensionDeadline(actorWith('member'))).toBe(false);
  });
});
