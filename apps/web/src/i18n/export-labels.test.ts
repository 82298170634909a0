import {
  addresseeStateLabels,
  auditActionLabels,
  auditEntityLabels,
  decisionLevelLabels,
  decisionOutcomeLabels,
  decisionStatusLabels,
  groupRoleLabels,
  workingGroupStatusLabels,
  classificationLabels,
  recommendationLevelLabels,
  recommendationSourceLabels,
  recommendationStatusLabels,
} from '@srw/domain';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/**
 * Exports are written in libs/api, which cannot read these message files: they
 * take their labels from libs/domain. This keeps both saying the same words.
 */
describe('export labels agree with the UI messages', () => {
  it.each(['nl', 'en'] as const)('in %s', (locale) => {
    const m = messages[locale];
    const pick = <K extends string>(labels: Record<K, string>, from: Record<string, unknown>) =>
      Object.fromEntries(Object.keys(labels).map((key) => [key, from[key]]));
    expect(recommendationStatusLabels[locale]).toEqual(
      pick(recommendationStatusLabels[locale], m.recommendations.status),
    );
    expect(recommendationLevelLabels[locale]).toEqual(pick(recommendationLevelLabels[locale], m.recommendations.level));
    expect(recommendationSourceLabels[locale]).toEqual(
      pick(recommendationSourceLabels[locale], m.recommendations.source),
    );
    expect(addresseeStateLabels[locale]).toEqual(pick(addresseeStateLabels[locale], m.recommendations.addresseeState));
    expect(classificationLabels[locale]).toEqual(pick(classificationLabels[locale], m.classification));
    expect(workingGroupStatusLabels[locale]).toEqual(pick(workingGroupStatusLabels[locale], m.workingGroups.status));
    expect(groupRoleLabels[locale]).toEqual(pick(groupRoleLabels[locale], m.roles.group));
    expect(decisionOutcomeLabels[locale]).toEqual(pick(decisionOutcomeLabels[locale], m.decisions.outcome));
    expect(decisionStatusLabels[locale]).toEqual(pick(decisionStatusLabels[locale], m.decisions.status));
    expect(decisionLevelLabels[locale]).toEqual(pick(decisionLevelLabels[locale], m.decisions.level));
    expect(auditActionLabels[locale]).toEqual(pick(auditActionLabels[locale], m.workingGroups.audit.actions));
    expect(auditEntityLabels[locale]).toEqual(pick(auditEntityLabels[locale], m.workingGroups.audit.entities));
  });
});
