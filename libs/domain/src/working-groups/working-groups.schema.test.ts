import { describe, expect, it } from 'vitest';
import { createWorkingGroupSchema, listWorkingGroupsSchema } from './working-groups.schema';

const defensie = '6f1c2d7e-0000-4000-8000-000000000001';
const politie = '6f1c2d7e-0000-4000-8000-000000000002';

describe('working group schemas', () => {
  it('keeps each organisation once and defaults to unclassified', () => {
    const group = createWorkingGroupSchema.parse({
      name: ' Grensbewaking ',
      theme: 'Informatie delen',
      organisationIds: [defensie, politie, defensie],
      chairUserId: defensie,
    });
    expect(group.organisationIds).toEqual([defensie, politie]);
    expect(group.classification).toBe('ONGERUBRICEERD');
    expect(group.name).toBe('Grensbewaking');
    expect(group.description).toBe('');
  });

  it('needs at least one organisation', () => {
    const result = createWorkingGroupSchema.safeParse({
      name: 'G',
      theme: 'T',
      organisationIds: [],
      chairUserId: defensie,
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['organisationIds', 'validation.atLeastOne'],
    ]);
  });

  it('lists the caller’s own groups unless asked for all', () => {
    expect(listWorkingGroupsSchema.parse({}).scope).toBe('mine');
    expect(listWorkingGroupsSchema.safeParse({ scope: 'everything' }).success).toBe(false);
  });
});
