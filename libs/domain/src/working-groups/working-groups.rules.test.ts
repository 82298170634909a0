import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertOrganisationsCoverMembers,
  assertWorkingGroupEditable,
  assertWorkingGroupTransition,
  canTransitionWorkingGroup,
} from './working-groups.rules';
import { workingGroupStatuses, type WorkingGroupStatus } from './working-groups.schema';

describe('working group status transitions', () => {
  const allowed = new Set([
    'actief>afgerond',
    'actief>gearchiveerd',
    'afgerond>actief',
    'afgerond>gearchiveerd',
    'gearchiveerd>actief',
  ]);
  const pairs = workingGroupStatuses.flatMap((from) =>
    workingGroupStatuses.map((to) => [from, to] as [WorkingGroupStatus, WorkingGroupStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransitionWorkingGroup(from, to)).toBe(expected);
    if (expected) expect(() => assertWorkingGroupTransition(from, to)).not.toThrow();
    else expect(() => assertWorkingGroupTransition(from, to)).toThrow(DomainError);
  });

  it('makes an archived group read-only', () => {
    expect(() => assertWorkingGroupEditable('actief')).not.toThrow();
    expect(() => assertWorkingGroupEditable('afgerond')).not.toThrow();
    expect(() => assertWorkingGroupEditable('gearchiveerd')).toThrow(/ARCHIVED/);
  });

  it('refuses dropping an organisation that still has members', () => {
    expect(() => assertOrganisationsCoverMembers(['d', 'p'], ['d', 'p', 'd'])).not.toThrow();
    expect(() => assertOrganisationsCoverMembers(['d'], ['d', 'p'])).toThrow(DomainError);
  });
});
