import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@srw/domain';
import { outcome, roleNames, type RoleName } from '../../testing';
import {
  today,
  caller,
  proposal,
  proposeAsAdmin,
  approvedAsAdmin,
  activeAsAdmin,
  usePlacementsHarness,
  defensieId,
  politieId,
  f,
  h,
} from './placements-fixture';
import { listPlacementsWaitingForOrganisation } from '@srw/db';

usePlacementsHarness();

describe('lifecycle', () => {
  const approvers: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };

  // Proposed by the admin (Defensie) from Defensie to Politie: each organisation consents for itself,
  // never the proposer; the Defensie chair for Defensie, the Politie member and management for Politie.
  const homeConsent: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'FORBIDDEN',
    admin: 'FORBIDDEN',
  };
  const hostConsent: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'FORBIDDEN',
    management: 'OK',
    admin: 'FORBIDDEN',
  };

  it.each(roleNames)('home consent as %s', async (role) => {
    const created = await proposeAsAdmin();
    expect(
      await outcome(() =>
        caller(role).placements.consent({ id: created.id, version: created.version, organisationId: defensieId }),
      ),
    ).toBe(homeConsent[role]);
  });

  it.each(roleNames)('host consent as %s', async (role) => {
    const created = await proposeAsAdmin();
    expect(
      await outcome(() =>
        caller(role).placements.consent({ id: created.id, version: created.version, organisationId: politieId }),
      ),
    ).toBe(hostConsent[role]);
  });

  it('approves only when both organisations consented, and shows whom it waits for until then', async () => {
    const created = await proposeAsAdmin();
    const home = await caller('chair').placements.consent({
      id: created.id,
      version: created.version,
      organisationId: defensieId,
      note: 'Akkoord vanuit de staf.',
    });
    expect(home.status).toBe('voorgesteld');
    const waiting = await caller('member').placements.get({ id: created.id });
    expect(waiting.waitingFor).toEqual([{ kind: 'consent', side: 'host', organisationId: politieId }]);
    expect(waiting.permissions).toMatchObject({ canConsent: true, consentFor: [politieId] });
    expect(waiting.consents.map((c) => [c.organisationCode, c.userName, c.note])).toEqual([
      ['DEFENSIE', 'Voorzitter Vera', 'Akkoord vanuit de staf.'],
    ]);
    await expect(
      caller('chair').placements.consent({ id: created.id, version: home.version, organisationId: defensieId }),
    ).rejects.toMatchObject({ message: 'CONSENT_ALREADY_GIVEN' });
    const host = await caller('member').placements.consent({
      id: created.id,
      version: home.version,
      organisationId: politieId,
    });
    expect(host.status).toBe('goedgekeurd');
    const detail = await caller('chair').placements.get({ id: created.id });
    expect(detail).toMatchObject({ waitingFor: [], approvedByName: 'Lid Lars' });
    const history = await caller('chair').audit.list({ groupId: f.groupId, entityId: created.id });
    expect(history.items.map((e) => `${e.action}:${e.actorName}`)).toEqual([
      'status:Lid Lars',
      'update:Voorzitter Vera',
      'create:Admin Anja',
    ]);
  });

  it('never counts the proposer: their consent is refused and the placement keeps waiting', async () => {
    const created = await caller('chair').placements.propose(proposal());
    await expect(
      caller('chair').placements.consent({ id: created.id, version: created.version, organisationId: defensieId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'OWN_PROPOSAL' });
    const detail = await caller('chair').placements.get({ id: created.id });
    expect(detail.permissions).toMatchObject({ canConsent: false, consentRefusal: 'OWN_PROPOSAL' });
    expect(detail.waitingFor.map((w) => w.side)).toEqual(['home', 'host']);
  });

  it('lists the placements waiting for an organisation’s consent', async () => {
    const created = await caller('chair').placements.propose(proposal());
    const inbox = async (organisationId: string) =>
      (await listPlacementsWaitingForOrganisation(h.handle.db, organisationId)).map((p) => p.id);
    expect(await inbox(defensieId)).toContain(created.id);
    expect(await inbox(politieId)).toContain(created.id);
    await caller('member').placements.consent({ id: created.id, version: created.version, organisationId: politieId });
    expect(await inbox(politieId)).not.toContain(created.id);
    expect(await inbox(defensieId)).toContain(created.id);
  });

  it('lets an admin consent for another organisation only with a reason, shown and audited', async () => {
    const created = await caller('chair').placements.propose(proposal());
    await expect(
      caller('admin').placements.consent({ id: created.id, version: created.version, organisationId: politieId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'ON_BEHALF_REASON_REQUIRED' });
    await caller('admin').placements.consent({
      id: created.id,
      version: created.version,
      organisationId: politieId,
      onBehalfReason: 'Contactpersoon Politie met verlof; akkoord per telefoon.',
    });
    const detail = await caller('member').placements.get({ id: created.id });
    expect(detail.consents.map((c) => [c.organisationCode, c.userName, c.onBehalfReason])).toEqual([
      ['POLITIE', 'Admin Anja', 'Contactpersoon Politie met verlof; akkoord per telefoon.'],
    ]);
    const history = await caller('admin').audit.list({ entityId: created.id });
    expect(JSON.stringify(history.items[0]?.after)).toContain('Contactpersoon Politie met verlof');
  });

  it.each(roleNames)('activate as %s', async (role) => {
    const approved = await approvedAsAdmin();
    expect(await outcome(() => caller(role).placements.activate({ id: approved.id, version: approved.version }))).toBe(
      approvers[role],
    );
  });

  it.each(roleNames)('complete as %s', async (role) => {
    const active = await activeAsAdmin({ startDate: addMonths(today, -6), endDate: today });
    expect(await outcome(() => caller(role).placements.complete({ id: active.id, version: active.version }))).toBe(
      approvers[role],
    );
  });

  it.each(roleNames)('abort as %s', async (role) => {
    const created = await proposeAsAdmin();
    expect(
      await outcome(() =>
        caller(role).placements.abort({
          id: created.id,
          version: created.version,
          reason: 'Capaciteit is nodig bij de eigen eenheid.',
        }),
      ),
    ).toBe(approvers[role]);
  });

  it('cannot activate without approval or before the start date', async () => {
    const created = await proposeAsAdmin();
    await expect(
      caller('admin').placements.activate({ id: created.id, version: created.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_NOT_APPROVED',
    });
    const future = await approvedAsAdmin({ startDate: addDays(today, 1), endDate: addMonths(today, 6) });
    await expect(caller('admin').placements.activate({ id: future.id, version: future.version })).rejects.toMatchObject(
      {
        code: 'CONFLICT',
        message: 'PLACEMENT_NOT_STARTED',
        cause: { params: { startDate: addDays(today, 1) } },
      },
    );
    const startsToday = await approvedAsAdmin({ startDate: today, endDate: addMonths(today, 6) });
    const active = await caller('chair').placements.activate({ id: startsToday.id, version: startsToday.version });
    expect(active.status).toBe('actief');
    const detail = await caller('chair').placements.get({ id: active.id });
    // Approved by the second consent (the Politie member's), never by the proposing admin.
    expect(detail.approvedByName).toBe('Lid Lars');
  });

  it('completes before the end date only with a written reason, kept and audited', async () => {
    const running = await activeAsAdmin({ startDate: addMonths(today, -2), endDate: addDays(today, 1) });
    expect((await caller('chair').placements.get({ id: running.id })).completesEarly).toBe(true);
    for (const reason of [undefined, '  ']) {
      await expect(
        caller('chair').placements.complete({ id: running.id, version: running.version, reason }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'PLACEMENT_NOT_ENDED',
        cause: { params: { endDate: addDays(today, 1) } },
      });
    }
    expect((await caller('chair').placements.get({ id: running.id })).status).toBe('actief');
    const reason = 'De opdracht bij de gastafdeling is eerder klaar dan gepland.';
    const completed = await caller('chair').placements.complete({ id: running.id, version: running.version, reason });
    expect(completed.status).toBe('afgerond');
    expect(await caller('member').placements.get({ id: running.id })).toMatchObject({ completionReason: reason });
    const audit = await caller('admin').audit.list({ entityType: 'placement', entityId: running.id });
    expect(audit.items.some((e) => JSON.stringify(e).includes(reason))).toBe(true);
  });

  it('completes on the end date without a reason, and keeps none', async () => {
    const ending = await activeAsAdmin({ startDate: addMonths(today, -2), endDate: today });
    expect((await caller('chair').placements.get({ id: ending.id })).completesEarly).toBe(false);
    await caller('chair').placements.complete({ id: ending.id, version: ending.version, reason: 'Niet nodig' });
    expect((await caller('chair').placements.get({ id: ending.id })).completionReason).toBeNull();
  });

  it('shows an open placement past its end as overdue', async () => {
    const running = await activeAsAdmin({ startDate: addMonths(today, -2), endDate: addDays(today, 1) });
    const late = await activeAsAdmin({ startDate: addMonths(today, -3), endDate: addDays(today, -1) });
    const detail = await caller('admin').placements.get({ id: late.id });
    expect(detail.overdue).toBe(true);
    expect((await caller('admin').placements.get({ id: running.id })).overdue).toBe(false);
  });

  it('keeps the abort reason and refuses aborting without one', async () => {
    const created = await proposeAsAdmin();
    await expect(
      caller('admin').placements.abort({ id: created.id, version: created.version, reason: ' ' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller('admin').placements.abort({
      id: created.id,
      version: created.version,
      reason: 'Persoon is overgeplaatst.',
    });
    const detail = await caller('member').placements.get({ id: created.id });
    expect(detail).toMatchObject({ status: 'afgebroken', abortReason: 'Persoon is overgeplaatst.' });
    expect(detail.permissions.canEdit).toBe(false);
  });

  it('flags clearance and access that lapse before the end', async () => {
    const created = await proposeAsAdmin({
      endDate: addMonths(today, 6),
      clearanceLevel: 'B',
      clearanceExpiresOn: addMonths(today, 5),
      accessGrants: [
        { system: 'Politie-intranet', expiresOn: addMonths(today, 6) },
        { system: 'BVH', expiresOn: addMonths(today, 2) },
      ],
    });
    const detail = await caller('member').placements.get({ id: created.id });
    expect(detail.accessWarnings.map((w) => w.system ?? w.kind)).toEqual(['clearance', 'BVH']);
  });
});
