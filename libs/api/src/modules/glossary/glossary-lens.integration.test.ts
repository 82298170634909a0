import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import { createTestHarness, seedRoleFixture, type RoleFixture, type TestHarness } from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  await h.callerFor(f.chair).glossary.create({
    prefLabel: 'Officier',
    maintainingGroupId: f.groupId,
    divergent: true,
    definitions: [
      { organisationId: defensieId, text: 'Militair met een officiersrang.' },
      { organisationId: politieId, text: 'Officier van Justitie: de aanklager.' },
    ],
  });
});
afterAll(async () => h.close());

describe('glossary.list through the organisation lens', () => {
  it("shows the lens organisation's definition first, the same terms either way", async () => {
    const list = (lensOrganisationId?: string) =>
      h.callerFor(f.member).glossary.list({ limit: 25, includeRetired: false, lensOrganisationId });
    const joint = await list();
    const politie = await list(politieId);
    const defensie = await list(defensieId);
    expect(politie.items.map((term) => term.id)).toEqual(joint.items.map((term) => term.id));
    expect(politie.items[0]).toMatchObject({
      preview: 'Officier van Justitie: de aanklager.',
      previewOrganisationCode: 'POLITIE',
    });
    expect(defensie.items[0]).toMatchObject({
      preview: 'Militair met een officiersrang.',
      previewOrganisationCode: 'DEFENSIE',
    });
    expect(joint.items[0]?.previewOrganisationCode).toBeNull();
  });
});
