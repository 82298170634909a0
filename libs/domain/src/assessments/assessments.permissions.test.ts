import { describe, expect, it } from 'vitest';
import type { GlobalRole, GroupRole } from '../access/roles';
import { actorWithRole, codeOf } from '../common/testing';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import {
  assertCanRecordAssessment,
  assertMayScoreForOrganisation,
  scoringModeFor,
  type AssessmentRelation,
  type ScoringMode,
  assessmentGroupPermissions,
  assessmentPermissions,
  canReadAssessments,
  canRecordAssessment,
} from './assessments.permissions';

describe('assessment access', () => {
  const table: [GlobalRole, GroupRole | null, boolean, boolean][] = [
    ['admin', null, true, true],
    ['management', null, true, false],
    ['management', 'member', true, true],
    ['member', null, false, false],
    ['member', 'observer', true, false],
    ['member', 'member', true, true],
    ['member', 'chair', true, true],
  ];
  it.each(table)('%s with group role %s: read=%s record=%s', (global, role, read, record) => {
    expect(canReadAssessments(actorWithRole(global), role)).toBe(read);
    expect(canRecordAssessment(actorWithRole(global), role)).toBe(record);
    expect(codeOf(() => assertCanRecordAssessment(actorWithRole(global), role))).toBe(
      !read ? 'NOT_FOUND' : record ? null : 'FORBIDDEN',
    );
  });
});

describe('who scores for which organisation', () => {
  const OWN = 'o'; // actorWithRole's organisation
  const OTHER = 'other';
  const relation = (groupRole: GroupRole | null, groupStatus: WorkingGroupStatus = 'actief'): AssessmentRelation => ({
    groupRole,
    groupStatus,
    groupOrganisationIds: [OWN, OTHER],
  });
  // global role, group role, mode for the own organisation, mode for the other organisation
  const table: [GlobalRole, GroupRole | null, ScoringMode | null, ScoringMode | null][] = [
    ['admin', null, 'breakGlass', 'breakGlass'],
    ['admin', 'member', 'own', 'breakGlass'],
    ['admin', 'observer', 'breakGlass', 'breakGlass'],
    ['management', null, 'own', null],
    ['management', 'observer', 'own', null],
    ['management', 'chair', 'own', null],
    ['member', null, null, null],
    ['member', 'observer', null, null],
    ['member', 'member', 'own', null],
    ['member', 'chair', 'own', null],
  ];
  it.each(table)('%s with group role %s: own=%s other=%s', (global, role, own, other) => {
    const actor = actorWithRole(global);
    expect(scoringModeFor(actor, role, OWN)).toBe(own);
    expect(scoringModeFor(actor, role, OTHER)).toBe(other);
    expect(assessmentGroupPermissions(actor, relation(role)).scoreFor).toEqual(
      [own ? { organisationId: OWN, mode: own } : null, other ? { organisationId: OTHER, mode: other } : null].filter(
        (x) => x !== null,
      ),
    );
    expect(assessmentGroupPermissions(actor, relation(role)).canRecord).toBe(own !== null || other !== null);
    const refusal = (mode: ScoringMode | null) =>
      !canReadAssessments(actor, role) ? 'NOT_FOUND' : mode === null ? 'NOT_OWN_ORGANISATION' : null;
    for (const [organisationId, mode] of [
      [OWN, own],
      [OTHER, other],
    ] as const) {
      expect(codeOf(() => assertMayScoreForOrganisation(actor, relation(role), organisationId, 'Calamiteit'))).toBe(
        refusal(mode),
      );
      expect(codeOf(() => assertMayScoreForOrganisation(actor, relation(role), organisationId, '  '))).toBe(
        refusal(mode) ?? (mode === 'breakGlass' ? 'BREAK_GLASS_REASON_REQUIRED' : null),
      );
    }
  });

  it('scores only for the organisations of the group', () => {
    expect(
      codeOf(() => assertMayScoreForOrganisation(actorWithRole('admin'), relation(null), 'elsewhere', 'Reden')),
    ).toBe('ORGANISATION_NOT_IN_GROUP');
  });

  it('offers no scoring in an archived group', () => {
    expect(assessmentGroupPermissions(actorWithRole('admin'), relation('chair', 'gearchiveerd'))).toEqual({
      canRecord: false,
      scoreFor: [],
    });
  });
});

describe('assessment permissions', () => {
  const assessment = { groupId: 'g' };
  const organisations = { groupOrganisationIds: ['o'] };

  it('lets recorders edit and delete a round while the group is not archived', () => {
    for (const groupStatus of ['actief', 'afgerond'] as const) {
      expect(
        assessmentPermissions(
          actorWithRole('member'),
          { groupRole: 'chair', groupStatus, ...organisations },
          assessment,
        ),
      ).toEqual({ canEdit: true, canDelete: true });
      expect(
        assessmentPermissions(actorWithRole('admin'), { groupRole: null, groupStatus, ...organisations }, assessment),
      ).toEqual({ canEdit: true, canDelete: true });
    }
  });

  it('gives readers and archived groups nothing to do', () => {
    const archived = { groupRole: 'chair' as const, groupStatus: 'gearchiveerd' as const, ...organisations };
    expect(assessmentPermissions(actorWithRole('admin'), { ...archived, groupRole: null }, assessment)).toEqual({
      canEdit: false,
      canDelete: false,
    });
    expect(
      assessmentPermissions(
        actorWithRole('member'),
        { groupRole: 'observer', groupStatus: 'actief', ...organisations },
        assessment,
      ),
    ).toEqual({ canEdit: false, canDelete: false });
  });
});
