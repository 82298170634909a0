import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { addMonths } from '@srw/domain';
import { formatErrorData } from '../../errors';
import { outcome, roleNames, type RoleName } from '../../testing';
import {
  f,
  defensieId,
  politieId,
  caller,
  proposal,
  proposeAsAdmin,
  approvedAsAdmin,
  usePlacementsHarness,
} from './placements-fixture';

usePlacementsHarness();

describe('placements.propose', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('for the group, as %s', async (role) => {
    expect(await outcome(() => caller(role).placements.propose(proposal()))).toBe(expected[role]);
  });

  it('lets a member propose themselves without a group, but nobody else', async () => {
    const own = await caller('member').placements.propose(
      proposal({
        person: { kind: 'user', userId: f.member.userId },
        homeOrganisationId: politieId,
        hostOrganisationId: defensieId,
        groupId: null,
      }),
    );
    expect(own.personName).toBe('Lid Lars');
    expect(own.status).toBe('voorgesteld');
    expect(
      await outcome(() =>
        caller('member').placements.propose(
          proposal({
            person: { kind: 'user', userId: f.candidate.userId },
            homeOrganisationId: politieId,
            hostOrganisationId: defensieId,
            groupId: null,
          }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(() => caller('member').placements.propose(proposal({ groupId: null })))).toBe('FORBIDDEN');
  });

  it('records who proposed it in the group history', async () => {
    const created = await caller('member').placements.propose(proposal());
    const history = await caller('chair').audit.list({ groupId: f.groupId, entityId: created.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual([
      'placement:create:Lid Lars',
    ]);
  });

  it('refuses an end date on or before the start date, on the end date field', async () => {
    const error = await proposeAsAdmin({ startDate: '2027-03-01', endDate: '2027-03-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    const formatted = formatErrorData(error as TRPCError, { httpStatus: 400 });
    expect(formatted.message).toBe('PLACEMENT_END_BEFORE_START');
    expect(formatted.data).toMatchObject({
      code: 'BAD_REQUEST',
      domainCode: 'PLACEMENT_END_BEFORE_START',
      fieldErrors: { endDate: ['errors.PLACEMENT_END_BEFORE_START'] },
    });
  });

  it('refuses impossible dates with a field key', async () => {
    const error = await proposeAsAdmin({ startDate: '2027-02-29' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(formatErrorData(error as TRPCError, { httpStatus: 400 }).data.fieldErrors).toEqual({
      startDate: ['validation.date'],
    });
  });

  it('refuses a placement within the own organisation, and one marked above the ceiling', async () => {
    await expect(proposeAsAdmin({ hostOrganisationId: defensieId })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(proposeAsAdmin({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'CLASSIFICATION_ABOVE_CEILING',
    });
  });

  it('needs the home organisation of the account placed', async () => {
    await expect(
      proposeAsAdmin({
        person: { kind: 'user', userId: f.chair.userId },
        homeOrganisationId: politieId,
        hostOrganisationId: defensieId,
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'HOME_ORGANISATION_NOT_PERSONS',
      cause: { params: { name: 'Voorzitter Vera' } },
    });
  });
});

describe('overlap', () => {
  it('refuses an overlapping placement for the same person and names the clash', async () => {
    const first = await proposeAsAdmin({
      startDate: '2030-01-01',
      endDate: '2030-03-31',
      hostUnit: 'Eenheid Rotterdam',
    });
    const name = first.personName;
    await expect(
      proposeAsAdmin({
        person: { kind: 'named', name: `  ${name.toUpperCase()} ` },
        startDate: '2030-03-31',
        endDate: '2030-06-30',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_OVERLAP',
      cause: {
        params: {
          hostUnit: 'Eenheid Rotterdam',
          hostOrganisation: 'Nationale Politie',
          startDate: '2030-01-01',
          endDate: '2030-03-31',
        },
      },
    });
    // The day after the end is free; so is the same name at another home organisation.
    const next = await proposeAsAdmin({
      person: { kind: 'named', name },
      startDate: '2030-04-01',
      endDate: '2030-06-30',
    });
    expect(next.startDate).toBe('2030-04-01');
    const other = await proposeAsAdmin({
      person: { kind: 'named', name },
      homeOrganisationId: politieId,
      hostOrganisationId: defensieId,
      startDate: '2030-02-01',
      endDate: '2030-02-28',
    });
    expect(other.personKey).not.toBe(first.personKey);
  });

  it('frees the period of an aborted placement', async () => {
    const first = await proposeAsAdmin({ startDate: '2031-01-01', endDate: '2031-06-30' });
    await caller('admin').placements.abort({ id: first.id, version: first.version, reason: 'Gaat niet door.' });
    const again = await proposeAsAdmin({
      person: { kind: 'named', name: first.personName },
      startDate: '2031-02-01',
      endDate: '2031-05-31',
    });
    expect(again.status).toBe('voorgesteld');
  });

  it('checks moves of the period on update too', async () => {
    const first = await proposeAsAdmin({ startDate: '2032-01-01', endDate: '2032-02-29' });
    const second = await proposeAsAdmin({
      person: { kind: 'named', name: first.personName },
      startDate: '2032-03-01',
      endDate: '2032-06-30',
    });
    await expect(
      caller('admin').placements.update({
        ...proposal(),
        id: second.id,
        version: second.version,
        startDate: '2032-02-29',
        endDate: '2032-06-30',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_OVERLAP',
      cause: { params: { startDate: '2032-01-01', endDate: '2032-02-29' } },
    });
  });

  it('lets exactly one of two racing proposals for one person through', async () => {
    for (const person of [
      { kind: 'named' as const, name: 'Racende Rik' },
      { kind: 'user' as const, userId: f.observer.userId },
    ]) {
      const input = proposal({ person, startDate: '2033-01-01', endDate: '2033-12-31' });
      const results = await Promise.all([
        outcome(() => caller('admin').placements.propose(input)),
        outcome(() =>
          caller('management').placements.propose({ ...input, startDate: '2033-06-01', endDate: '2034-05-31' }),
        ),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    }
    const list = await caller('admin').placements.list({ from: '2033-01-01', to: '2034-12-31', limit: 100 });
    expect(list.items.filter((p) => p.personName === 'Racende Rik')).toHaveLength(1);
    expect(list.items.filter((p) => p.personUserId === f.observer.userId)).toHaveLength(1);
  });
});

describe('placements.update', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('as %s', async (role) => {
    const created = await proposeAsAdmin();
    const result = await outcome(() =>
      caller(role).placements.update({
        ...proposal(),
        id: created.id,
        version: created.version,
        startDate: created.startDate,
        endDate: created.endDate,
        hostFunction: `Door ${role}`,
      }),
    );
    expect(result).toBe(expected[role]);
  });

  it('refuses a stale version and changes nothing', async () => {
    const created = await proposeAsAdmin();
    const base = { ...proposal(), id: created.id, startDate: created.startDate, endDate: created.endDate };
    await caller('chair').placements.update({ ...base, version: created.version, hostFunction: 'Eerste wijziging' });
    await expect(
      caller('member').placements.update({ ...base, version: created.version, hostFunction: 'Verouderd' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    const current = await caller('admin').placements.get({ id: created.id });
    expect(current.hostFunction).toBe('Eerste wijziging');
    expect(current.version).toBe(created.version + 1);
  });

  it('locks the period after approval', async () => {
    const approved = await approvedAsAdmin();
    await expect(
      caller('admin').placements.update({
        ...proposal(),
        id: approved.id,
        version: approved.version,
        startDate: approved.startDate,
        endDate: addMonths(approved.endDate, 1),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'PLACEMENT_PERIOD_LOCKED' });
  });
});
