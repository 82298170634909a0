import { describe, expect, it } from 'vitest';
import type { Actor, GroupRole } from '../access/roles';
import {
  assertCanRecordDecisionTest,
  assertCanSeeDecisionTest,
  canRecordDecisionTest,
  decisionTestsPermissions,
} from './decision-tests.permissions';

const open = (role: GroupRole | null) => ({ role, archived: false });
const archived = (role: GroupRole | null) => ({ role, archived: true });
const refused = (code: string) => expect.objectContaining({ code });
const actor = (globalRole: Actor['globalRole']): Actor => ({ userId: 'u', organisationId: 'def', globalRole });

describe('recording where a decision was tested', () => {
  it.each<[string, GroupRole | null, GroupRole | null, boolean]>([
    ['chair of the decision group', 'chair', null, true],
    ['member of the decision group', 'member', null, true],
    ['member of the scenario group only', null, 'member', true],
    ['chair of the scenario group only', 'observer', 'chair', true],
    ['observer in both', 'observer', 'observer', false],
    ['in neither group', null, null, false],
  ])('lets the %s record a test: %s', (_label, decisionRole, targetRole, allowed) => {
    expect(canRecordDecisionTest(open(decisionRole), open(targetRole))).toBe(allowed);
    expect(decisionTestsPermissions(open(decisionRole), open(targetRole))).toEqual({ canRemove: allowed });
    if (allowed) expect(() => assertCanRecordDecisionTest(open(decisionRole), open(targetRole))).not.toThrow();
    else expect(() => assertCanRecordDecisionTest(open(decisionRole), open(targetRole))).toThrow(refused('FORBIDDEN'));
  });

  it('does not count archived groups, and works without the target', () => {
    expect(canRecordDecisionTest(archived('chair'), open('member'))).toBe(true);
    expect(() => assertCanRecordDecisionTest(archived('chair'), open(null))).toThrow(refused('GROUP_ARCHIVED'));
    expect(() => assertCanRecordDecisionTest(open(null), archived('member'))).toThrow(refused('GROUP_ARCHIVED'));
    expect(canRecordDecisionTest(open('member'), null)).toBe(true);
    expect(() => assertCanRecordDecisionTest(open('observer'), null)).toThrow(refused('FORBIDDEN'));
    expect(decisionTestsPermissions(archived('chair'), null)).toEqual({ canRemove: false });
  });
});

describe('seeing a test link', () => {
  it.each<[string, Actor, GroupRole | null, GroupRole | null, boolean]>([
    ['a member of the decision group', actor('member'), 'member', null, true],
    ['an observer of the decision group only', actor('member'), 'observer', null, false],
    ['a reader of the scenario group', actor('member'), null, 'observer', true],
    ['management', actor('management'), null, null, true],
    ['an outsider', actor('member'), null, null, false],
  ])('%s: %s', (_label, who, decisionRole, targetRole, visible) => {
    if (visible) expect(() => assertCanSeeDecisionTest(who, decisionRole, targetRole)).not.toThrow();
    else expect(() => assertCanSeeDecisionTest(who, decisionRole, targetRole)).toThrow(refused('NOT_FOUND'));
  });
});
