import { describe, expect, it } from 'vitest';
import { outcome, roleNames, type RoleName } from '../../testing';
import { readAll, useDecisionsFixture } from './decisions.fixture';

const { s, caller, draft, version, establish } = useDecisionsFixture();

describe('legal-basis catalogue and review flagging', () => {
  const adminOnly: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'FORBIDDEN',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'FORBIDDEN',
    management: 'FORBIDDEN',
    admin: 'OK',
  };

  it.each(roleNames)('list, create, update and mark changed as %s', async (role) => {
    expect(await outcome(() => caller(role).decisions.legalBases.list())).toBe(readAll[role]);
    const code = `TEST-${role.toUpperCase()}`;
    expect(
      await outcome(() =>
        caller(role).decisions.legalBases.create({ code, law: 'Testwet', article: '1', title: 'Testartikel' }),
      ),
    ).toBe(adminOnly[role]);
    const target = (await caller('admin').decisions.legalBases.list()).find((b) => b.code === 'WVR');
    if (!target) throw new Error('WVR missing');
    expect(
      await outcome(() =>
        caller(role).decisions.legalBases.update({
          id: target.id,
          version: target.version,
          law: "Wet veiligheidsregio's",
          article: '',
          title: target.title,
        }),
      ),
    ).toBe(adminOnly[role]);
    const fresh = (await caller('admin').decisions.legalBases.list()).find((b) => b.code === 'WVR');
    if (!fresh) throw new Error('WVR missing');
    expect(
      await outcome(() =>
        caller(role).decisions.legalBases.markChanged({
          id: fresh.id,
          version: fresh.version,
          changeNote: 'Nieuwe versie',
        }),
      ),
    ).toBe(adminOnly[role]);
  });

  it('flags exactly the open decisions citing a changed basis', async () => {
    const create = await caller('admin').decisions.legalBases.create({
      code: 'TEST-FLAG',
      law: 'Wet flaggen',
      article: '3',
      title: 'Wet flaggen, artikel 3',
    });
    const citing = await draft({ legalBasisIds: [create.id] });
    const citingEstablished = await draft({ legalBasisIds: [create.id, s.basis['MSOB'] ?? ''] });
    await establish(citingEstablished.id);
    const citingWithdrawn = await draft({ legalBasisIds: [create.id] });
    await caller('chair').decisions.changeStatus({
      id: citingWithdrawn.id,
      version: await version(citingWithdrawn.id),
      status: 'ingetrokken',
      reason: 'x',
    });
    const notCiting = await draft({ legalBasisIds: [s.basis['MSOB'] ?? ''] });

    const result = await caller('admin').decisions.legalBases.markChanged({
      id: create.id,
      version: create.version,
      changeNote: 'Artikel 3 is herzien',
    });
    expect([...result.flaggedDecisionIds].sort()).toEqual([citing.id, citingEstablished.id].sort());
    const flagged = (await caller('member').decisions.list({ reviewNeeded: true, limit: 100 })).items.map((d) => d.id);
    expect(flagged).toEqual(expect.arrayContaining([citing.id, citingEstablished.id]));
    expect(flagged).not.toContain(citingWithdrawn.id);
    expect(flagged).not.toContain(notCiting.id);
    const detail = await caller('member').decisions.get({ id: citingEstablished.id });
    expect(detail.reviewReason).toContain('Artikel 3 is herzien');
    expect(detail.status).toBe('vastgesteld');

    // The group reviews it; only contributors may.
    expect(
      await outcome(async () =>
        caller('observer').decisions.markReviewed({ id: citing.id, version: await version(citing.id) }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await outcome(async () =>
        caller('outsider').decisions.markReviewed({ id: citing.id, version: await version(citing.id) }),
      ),
    ).toBe('NOT_FOUND');
    await caller('member').decisions.markReviewed({ id: citing.id, version: await version(citing.id) });
    expect((await caller('member').decisions.get({ id: citing.id })).reviewNeededAt).toBeNull();
    await expect(
      caller('member').decisions.markReviewed({ id: citing.id, version: await version(citing.id) }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const catalogue = await caller('member').decisions.legalBases.list();
    expect(catalogue.find((b) => b.id === create.id)).toMatchObject({ citedBy: 3, changeNote: 'Artikel 3 is herzien' });
  });

  it('refuses a stale catalogue version', async () => {
    const created = await caller('admin').decisions.legalBases.create({ code: 'TEST-STALE', law: 'Wet', title: 'Wet' });
    await caller('admin').decisions.legalBases.update({
      id: created.id,
      version: created.version,
      law: 'Wet',
      title: 'Wet (nieuw)',
    });
    await expect(
      caller('admin').decisions.legalBases.update({
        id: created.id,
        version: created.version,
        law: 'Wet',
        title: 'Oud',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
