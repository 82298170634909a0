import { describe, expect, it } from 'vitest';
import { proposePlacementSchema, updatePlacementSchema } from './placements.schema';

const id = '6f1c2d7e-0000-4000-8000-000000000042';
const other = '6f1c2d7e-0000-4000-8000-000000000043';
const valid = {
  person: { kind: 'named', name: '  Jan Jansen ' },
  homeOrganisationId: id,
  homeUnit: 'Staf',
  hostOrganisationId: other,
  hostUnit: 'Eenheid Oost',
  hostFunction: 'Liaison',
  purpose: 'Leren',
  startDate: '2026-03-01',
  endDate: '2026-08-31',
  hoursPerWeek: 16,
};

function messages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('proposePlacementSchema', () => {
  it('fills the defaults: unmarked, no clearance, no access, no group', () => {
    expect(proposePlacementSchema.parse(valid)).toMatchObject({
      person: { kind: 'named', name: 'Jan Jansen' },
      learningGoals: '',
      groupId: null,
      classification: 'ONGERUBRICEERD',
      clearanceLevel: 'geen',
      clearanceExpiresOn: null,
      accessGrants: [],
    });
  });

  it('takes an empty expiry date as none', () => {
    const parsed = proposePlacementSchema.parse({
      ...valid,
      clearanceLevel: 'B',
      clearanceExpiresOn: '',
      accessGrants: [{ system: 'BVH', expiresOn: '' }],
    });
    expect(parsed.clearanceExpiresOn).toBeNull();
    expect(parsed.accessGrants).toEqual([{ system: 'BVH', expiresOn: null }]);
  });

  it('answers with field message keys', () => {
    const result = proposePlacementSchema.safeParse({
      ...valid,
      person: { kind: 'user', userId: 'x' },
      hoursPerWeek: 61,
      startDate: '2026-02-30',
      clearanceLevel: 'D',
    });
    expect(result.success).toBe(false);
    expect(messages(result)).toMatchObject({
      'person.userId': 'validation.invalid',
      hoursPerWeek: 'validation.hoursRange',
      startDate: 'validation.date',
      clearanceLevel: 'validation.invalidChoice',
    });
  });
});

describe('updatePlacementSchema', () => {
  it('needs the id and the version read, and no person', () => {
    const { person: _person, ...details } = valid;
    expect(updatePlacementSchema.safeParse(details).success).toBe(false);
    expect(updatePlacementSchema.parse({ ...details, id, version: 3, person: valid.person })).not.toHaveProperty(
      'person',
    );
  });
});
