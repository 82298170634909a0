import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@srw/domain';
import { outcome, roleNames, type RoleName } from '../../testing';
import {
  today,
  caller,
  proposeAsAdmin,
  activeAsAdmin,
  usePlacementsHarness,
  defensieId,
  politieId,
} from './placements-fixture';

usePlacementsHarness();

describe('extensions', () => {
  const editors: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('request on time as %s', async (role) => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    expect(
      await outcome(() =>
        caller(role).placements.requestExtension({
          id: active.id,
          version: active.version,
          newEndDate: addMonths(today, 9),
          rationale: 'Project loopt door.',
        }),
      ),
    ).toBe(editors[role]);
  });

  it('refuses a late request with the deadline, unless an admin overrides with a reason', async () => {
    const end = addMonths(today, 2);
    const active = await activeAsAdmin({ startDate: addMonths(today, -1), endDate: end });
    const late = {
      id: active.id,
      version: active.version,
      newEndDate: addMonths(today, 6),
      rationale: 'Nog niet klaar.',
    };
    // A request that can only fail is not offered: to the chair and management not, to an admin still.
    for (const role of ['chair', 'management', 'member'] as const) {
      const view = await caller(role).placements.get({ id: active.id });
      expect([role, view.extensionOnTime, view.permissions.canRequestExtension]).toEqual([role, false, false]);
    }
    expect((await caller('admin').placements.get({ id: active.id })).permissions.canRequestExtension).toBe(true);
    await expect(caller('chair').placements.requestExtension(late)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EXTENSION_TOO_LATE',
      cause: { params: { deadline: addMonths(end, -3) } },
    });
    await expect(
      caller('management').placements.requestExtension({ ...late, overrideReason: 'Graag toch' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const extension = await caller('admin').placements.requestExtension({
      ...late,
      overrideReason: 'Inzet bij grote oefening loopt uit.',
    });
    expect(extension).toMatchObject({
      status: 'aangevraagd',
      overrideReason: 'Inzet bij grote oefening loopt uit.',
      previousEndDate: end,
    });
    await expect(
      caller('admin').placements.requestExtension({ ...late, overrideReason: 'Nog een keer' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EXTENSION_PENDING',
    });
  });

  // Requested by the Politie member: Defensie consents by its own people (chair, admin of Defensie),
  // Politie by its own people other than the requester (management).
  const homeDeciders: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'FORBIDDEN',
    admin: 'OK',
  };
  const hostDeciders: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'FORBIDDEN',
    management: 'OK',
    admin: 'BAD_REQUEST',
  };
  async function requested(endMonths = 6) {
    const active = await activeAsAdmin({ endDate: addMonths(today, endMonths) });
    const extension = await caller('member').placements.requestExtension({
      id: active.id,
      version: active.version,
      newEndDate: addMonths(today, endMonths + 3),
      rationale: 'x',
    });
    return { active, extension };
  }
  it.each(roleNames)('home consent as %s', async (role) => {
    const { extension } = await requested();
    expect(
      await outcome(() =>
        caller(role).placements.decideExtension({
          extensionId: extension.id,
          version: extension.version,
          organisationId: defensieId,
          approve: true,
        }),
      ),
    ).toBe(homeDeciders[role]);
  });
  it.each(roleNames)('host consent as %s', async (role) => {
    const { extension } = await requested();
    expect(
      await outcome(() =>
        caller(role).placements.decideExtension({
          extensionId: extension.id,
          version: extension.version,
          organisationId: politieId,
          approve: true,
        }),
      ),
    ).toBe(hostDeciders[role]);
  });

  it('never lets the requester approve their own request', async () => {
    const { extension } = await requested();
    await expect(
      caller('member').placements.decideExtension({
        extensionId: extension.id,
        version: extension.version,
        organisationId: politieId,
        approve: true,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'OWN_PROPOSAL' });
  });

  it('moves the end date once both organisations consented, once, and not into another placement', async () => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    const newEnd = addMonths(today, 9);
    const extension = await caller('member').placements.requestExtension({
      id: active.id,
      version: active.version,
      newEndDate: newEnd,
      rationale: 'Meer tijd nodig.',
    });
    const half = await caller('chair').placements.decideExtension({
      extensionId: extension.id,
      version: extension.version,
      organisationId: defensieId,
      approve: true,
      note: 'Akkoord.',
    });
    expect(half.status).toBe('aangevraagd');
    const waiting = await caller('management').placements.get({ id: active.id });
    expect(waiting.endDate).toBe(active.endDate);
    expect(waiting.extensions.map((e) => e.waitingFor)).toEqual([
      [{ kind: 'consent', side: 'host', organisationId: politieId }],
    ]);
    const decided = await caller('management').placements.decideExtension({
      extensionId: extension.id,
      version: half.version,
      organisationId: politieId,
      approve: true,
    });
    expect(decided.status).toBe('goedgekeurd');
    const detail = await caller('member').placements.get({ id: active.id });
    expect(detail.endDate).toBe(newEnd);
    expect(detail.extensions.map((e) => [e.status, e.decidedByName, e.consents.length])).toEqual([
      ['goedgekeurd', 'Manager Mark', 2],
    ]);
    await expect(
      caller('chair').placements.decideExtension({
        extensionId: extension.id,
        version: decided.version,
        organisationId: defensieId,
        approve: false,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const next = await proposeAsAdmin({
      person: { kind: 'named', name: detail.personName },
      startDate: addDays(newEnd, 1),
      endDate: addMonths(newEnd, 6),
    });
    expect(next.status).toBe('voorgesteld');
    const blocked = await caller('member').placements.requestExtension({
      id: active.id,
      version: detail.version,
      newEndDate: addMonths(newEnd, 2),
      rationale: 'Nog langer.',
    });
    const homeOk = await caller('chair').placements.decideExtension({
      extensionId: blocked.id,
      version: blocked.version,
      organisationId: defensieId,
      approve: true,
    });
    await expect(
      caller('management').placements.decideExtension({
        extensionId: blocked.id,
        version: homeOk.version,
        organisationId: politieId,
        approve: true,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_OVERLAP',
    });
    const rejected = await caller('management').placements.decideExtension({
      extensionId: blocked.id,
      version: homeOk.version,
      organisationId: politieId,
      approve: false,
      note: 'Volgt een nieuwe plaatsing.',
    });
    expect(rejected.status).toBe('afgewezen');
  });

  it('tells each role whether it may decide a request, and offers one request at a time', async () => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    expect((await caller('member').placements.get({ id: active.id })).permissions.canRequestExtension).toBe(true);
    const extension = await caller('member').placements.requestExtension({
      id: active.id,
      version: active.version,
      newEndDate: addMonths(today, 9),
      rationale: 'x',
    });
    const may: Partial<Record<RoleName, [boolean, string[]]>> = {
      observer: [false, []],
      member: [true, []],
      chair: [true, [defensieId]],
      management: [true, [politieId]],
      admin: [true, [defensieId]],
    };
    for (const [role, expected] of Object.entries(may)) {
      const view = await caller(role as RoleName).placements.get({ id: active.id });
      expect([
        role,
        view.extensions.map((e) => [e.permissions.canDecide, e.permissions.consentFor]),
        view.permissions.canRequestExtension,
      ]).toEqual([role, [expected], false]);
    }
    await caller('chair').placements.decideExtension({
      extensionId: extension.id,
      version: extension.version,
      organisationId: defensieId,
      approve: false,
    });
    const after = await caller('chair').placements.get({ id: active.id });
    expect([after.extensions.map((e) => e.permissions.canDecide), after.permissions.canRequestExtension]).toEqual([
      [false],
      true,
    ]);
  });
});
