import { auditActions, auditEntityTypes } from '@srw/domain';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

function entityLabels(locale: 'nl' | 'en'): Record<string, string> {
  return messages[locale].workingGroups.audit.entities as Record<string, string>;
}

function actionLabels(locale: 'nl' | 'en'): Record<string, string> {
  return messages[locale].workingGroups.audit.actions as Record<string, string>;
}

describe('audit trail labels', () => {
  it.each(['nl', 'en'] as const)('has a %s label for every audited entity type', (locale) => {
    const labels = entityLabels(locale);
    expect(auditEntityTypes.filter((type) => !labels[type])).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('has a %s label for every audited action', (locale) => {
    const labels = actionLabels(locale);
    expect(auditActions.filter((action) => !labels[action])).toEqual([]);
  });
});
